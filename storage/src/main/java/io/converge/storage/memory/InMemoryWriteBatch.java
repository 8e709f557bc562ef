package io.converge.storage.memory;

import io.converge.storage.Durability;
import io.converge.storage.Segment;
import io.converge.storage.WriteBatch;
import io.converge.types.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Records operations and hands them to the store in one locked step. */
final class InMemoryWriteBatch implements WriteBatch {
  /** A put, or a delete when {@code value} is null. */
  record Op(Segment segment, Bytes key, byte[] value) {
    Op {
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(key, "key");
    }
  }

  private final InMemoryStore store;
  private final List<Op> ops = new ArrayList<>();
  private boolean finished;

  InMemoryWriteBatch(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public void put(Segment segment, byte[] key, byte[] value) {
    ensureUsable();
    ops.add(new Op(segment, Bytes.of(key), value.clone()));
  }

  @Override
  public void delete(Segment segment, byte[] key) {
    ensureUsable();
    ops.add(new Op(segment, Bytes.of(key), null));
  }

  @Override
  public int size() {
    return ops.size();
  }

  @Override
  public void commit(Durability durability) {
    ensureUsable();
    store.apply(ops, durability);
    finished = true;
    ops.clear();
  }

  @Override
  public void close() {
    finished = true;
    ops.clear();
  }

  private void ensureUsable() {
    if (finished) {
      throw new IllegalStateException("the batch was already committed or closed");
    }
  }
}
