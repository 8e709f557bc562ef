package io.converge.storage.memory;

import io.converge.storage.Cursor;
import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.Segment;
import io.converge.storage.WriteBatch;
import io.converge.types.Bytes;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link KeyValueStore} held in sorted maps, for tests and throw-away tries. It keeps the semantics of the RocksDB
 * store: unsigned key order, atomic batches, snapshot cursors, copies in and out.
 */
public final class InMemoryStore implements KeyValueStore {
  private final Map<Segment, NavigableMap<Bytes, byte[]>> segments = new EnumMap<>(Segment.class);
  // Batches take the write lock so that no reader sees half of one.
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile boolean closed;

  public InMemoryStore() {
    for (Segment s : Segment.values()) {
      segments.put(s, new TreeMap<>());
    }
  }

  @Override
  public Optional<byte[]> get(Segment segment, byte[] key) {
    Bytes k = Bytes.of(key);
    lock.readLock().lock();
    try {
      ensureOpen();
      byte[] v = segments.get(segment).get(k);
      return v == null ? Optional.empty() : Optional.of(v.clone());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void put(Segment segment, byte[] key, byte[] value) {
    try (WriteBatch batch = newWriteBatch()) {
      batch.put(segment, key, value);
      batch.commit();
    }
  }

  @Override
  public void delete(Segment segment, byte[] key) {
    try (WriteBatch batch = newWriteBatch()) {
      batch.delete(segment, key);
      batch.commit();
    }
  }

  @Override
  public WriteBatch newWriteBatch() {
    ensureOpen();
    return new InMemoryWriteBatch(this);
  }

  @Override
  public Cursor cursor(Segment segment) {
    Objects.requireNonNull(segment, "segment");
    lock.readLock().lock();
    try {
      ensureOpen();
      // A copy is the snapshot: cheap enough at test sizes, and it makes the cursor immune to later writes.
      return new InMemoryCursor(this, new TreeMap<>(segments.get(segment)));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Applies a batch's operations under the write lock; called by {@link InMemoryWriteBatch#commit}. */
  void apply(Iterable<InMemoryWriteBatch.Op> ops, Durability durability) {
    Objects.requireNonNull(durability, "durability");
    lock.writeLock().lock();
    try {
      ensureOpen();
      for (InMemoryWriteBatch.Op op : ops) {
        NavigableMap<Bytes, byte[]> map = segments.get(op.segment());
        if (op.value() == null) {
          map.remove(op.key());
        } else {
          map.put(op.key(), op.value());
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      closed = true;
    } finally {
      lock.writeLock().unlock();
    }
  }
}
