package io.converge.storage.rocksdb;

import io.converge.storage.Cursor;
import io.converge.storage.StorageException;
import java.util.function.Supplier;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * A RocksDB iterator behind a closed-flag: a native iterator used after release would crash the JVM, so every call
 * checks the flag under the store's lock.
 */
final class RocksDbCursor implements Cursor {
  private final RocksDbStore store;
  private final RocksIterator iterator;
  private boolean released;

  RocksDbCursor(RocksDbStore store, RocksIterator iterator) {
    this.store = store;
    this.iterator = iterator;
  }

  @Override
  public void seekToFirst() {
    run(() -> {
      iterator.seekToFirst();
      return null;
    });
  }

  @Override
  public void seekToLast() {
    run(() -> {
      iterator.seekToLast();
      return null;
    });
  }

  @Override
  public void seek(byte[] key) {
    run(() -> {
      iterator.seek(key);
      return null;
    });
  }

  @Override
  public void seekForPrev(byte[] key) {
    run(() -> {
      iterator.seekForPrev(key);
      return null;
    });
  }

  @Override
  public boolean isValid() {
    return run(() -> {
      if (iterator.isValid()) {
        return true;
      }
      // An invalid iterator is either exhausted or failed; only status() tells them apart.
      try {
        iterator.status();
      } catch (RocksDBException e) {
        throw new StorageException("iteration failed: " + e.getMessage(), e);
      }
      return false;
    });
  }

  @Override
  public byte[] key() {
    return run(() -> {
      requirePositioned();
      return iterator.key();
    });
  }

  @Override
  public byte[] value() {
    return run(() -> {
      requirePositioned();
      return iterator.value();
    });
  }

  @Override
  public void next() {
    run(() -> {
      requirePositioned();
      iterator.next();
      return null;
    });
  }

  @Override
  public void prev() {
    run(() -> {
      requirePositioned();
      iterator.prev();
      return null;
    });
  }

  @Override
  public void close() {
    synchronized (this) {
      if (released) {
        return;
      }
    }
    try {
      store.guarded(() -> {
        release();
        return null;
      });
    } catch (IllegalStateException storeClosed) {
      // The store released this cursor when it closed.
    }
    store.forget(this);
  }

  /** Frees the native iterator; called with the store lock held. */
  synchronized void release() {
    if (!released) {
      released = true;
      iterator.close();
    }
  }

  private void requirePositioned() {
    if (!iterator.isValid()) {
      throw new IllegalStateException("the cursor is not on an entry");
    }
  }

  private <T> T run(Supplier<T> action) {
    return store.guarded(() -> {
      synchronized (this) {
        if (released) {
          throw new IllegalStateException("the cursor is closed");
        }
        return action.get();
      }
    });
  }
}
