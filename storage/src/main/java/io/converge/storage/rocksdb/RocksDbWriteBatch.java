package io.converge.storage.rocksdb;

import io.converge.storage.Durability;
import io.converge.storage.Segment;
import io.converge.storage.StorageException;
import io.converge.storage.WriteBatch;
import java.util.Objects;
import org.rocksdb.RocksDBException;

/** A native RocksDB write batch; it holds native memory until committed or closed. */
final class RocksDbWriteBatch implements WriteBatch {
  private final RocksDbStore store;
  private final org.rocksdb.WriteBatch batch = new org.rocksdb.WriteBatch();
  private boolean finished;

  RocksDbWriteBatch(RocksDbStore store) {
    this.store = store;
  }

  @Override
  public void put(Segment segment, byte[] key, byte[] value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    ensureUsable();
    // Under the store's lock: the column family handle is freed when the store closes.
    store.guarded(() -> {
      try {
        batch.put(store.handle(segment), key, value);
        return null;
      } catch (RocksDBException e) {
        throw new StorageException("batch put into " + segment + " failed: " + e.getMessage(), e);
      }
    });
  }

  @Override
  public void delete(Segment segment, byte[] key) {
    Objects.requireNonNull(key, "key");
    ensureUsable();
    store.guarded(() -> {
      try {
        batch.delete(store.handle(segment), key);
        return null;
      } catch (RocksDBException e) {
        throw new StorageException("batch delete from " + segment + " failed: " + e.getMessage(), e);
      }
    });
  }

  @Override
  public int size() {
    ensureUsable();
    return batch.count();
  }

  @Override
  public void commit(Durability durability) {
    ensureUsable();
    try {
      store.write(batch, durability);
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    if (!finished) {
      finished = true;
      batch.close();
    }
  }

  private void ensureUsable() {
    if (finished) {
      throw new IllegalStateException("the batch was already committed or closed");
    }
  }
}
