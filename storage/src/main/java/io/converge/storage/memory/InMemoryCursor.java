package io.converge.storage.memory;

import io.converge.storage.Cursor;
import io.converge.types.Bytes;
import java.util.Map;
import java.util.NavigableMap;

/** A cursor over a private copy of one segment. */
final class InMemoryCursor implements Cursor {
  private final InMemoryStore store;
  private final NavigableMap<Bytes, byte[]> snapshot;
  private Map.Entry<Bytes, byte[]> current;
  private boolean closed;

  InMemoryCursor(InMemoryStore store, NavigableMap<Bytes, byte[]> snapshot) {
    this.store = store;
    this.snapshot = snapshot;
  }

  @Override
  public void seekToFirst() {
    ensureOpen();
    current = snapshot.firstEntry();
  }

  @Override
  public void seekToLast() {
    ensureOpen();
    current = snapshot.lastEntry();
  }

  @Override
  public void seek(byte[] key) {
    ensureOpen();
    current = snapshot.ceilingEntry(Bytes.of(key));
  }

  @Override
  public void seekForPrev(byte[] key) {
    ensureOpen();
    current = snapshot.floorEntry(Bytes.of(key));
  }

  @Override
  public boolean isValid() {
    ensureOpen();
    return current != null;
  }

  @Override
  public byte[] key() {
    return positioned().getKey().toArray();
  }

  @Override
  public byte[] value() {
    return positioned().getValue().clone();
  }

  @Override
  public void next() {
    current = snapshot.higherEntry(positioned().getKey());
  }

  @Override
  public void prev() {
    current = snapshot.lowerEntry(positioned().getKey());
  }

  @Override
  public void close() {
    closed = true;
  }

  private Map.Entry<Bytes, byte[]> positioned() {
    ensureOpen();
    if (current == null) {
      throw new IllegalStateException("the cursor is not on an entry");
    }
    return current;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the cursor is closed");
    }
    store.ensureOpen();
  }
}
