package io.converge.storage;

/**
 * Writes to any number of segments that become visible together or not at all. Nothing is visible before
 * {@link #commit}; closing a batch that was not committed discards it. A batch is used once.
 */
public interface WriteBatch extends AutoCloseable {

  void put(Segment segment, byte[] key, byte[] value);

  void delete(Segment segment, byte[] key);

  default <K, V> void put(Table<K, V> table, K key, V value) {
    put(table.segment(), table.encodeKey(key), table.encodeValue(value));
  }

  default <K, V> void delete(Table<K, V> table, K key) {
    delete(table.segment(), table.encodeKey(key));
  }

  /** The number of puts and deletes recorded so far. */
  int size();

  /** Applies every recorded write atomically, in the order recorded. */
  void commit(Durability durability);

  default void commit() {
    commit(Durability.BUFFERED);
  }

  /** Releases the batch; if it was not committed, its writes are dropped. Idempotent. */
  @Override
  void close();
}
