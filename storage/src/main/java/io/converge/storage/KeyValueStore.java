package io.converge.storage;

import io.converge.types.Bytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A byte-oriented key-value database split into {@link Segment}s, with typed access through {@link Table}s. Arrays
 * passed in are copied; arrays returned are fresh. All methods are thread-safe; a closed store throws
 * {@link IllegalStateException}.
 */
public interface KeyValueStore extends AutoCloseable {

  Optional<byte[]> get(Segment segment, byte[] key);

  default boolean containsKey(Segment segment, byte[] key) {
    return get(segment, key).isPresent();
  }

  /** A single write, applied atomically with {@link Durability#BUFFERED}. */
  void put(Segment segment, byte[] key, byte[] value);

  void delete(Segment segment, byte[] key);

  WriteBatch newWriteBatch();

  /** A cursor over a snapshot of {@code segment}. */
  Cursor cursor(Segment segment);

  default <K, V> Optional<V> get(Table<K, V> table, K key) {
    return get(table.segment(), table.encodeKey(key)).map(table::decodeValue);
  }

  default <K, V> void put(Table<K, V> table, K key, V value) {
    put(table.segment(), table.encodeKey(key), table.encodeValue(value));
  }

  default <K, V> void delete(Table<K, V> table, K key) {
    delete(table.segment(), table.encodeKey(key));
  }

  /** Up to {@code limit} entries whose key starts with {@code prefix}, in key order. */
  default List<KeyValue> scan(Segment segment, byte[] prefix, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be non-negative, got " + limit);
    }
    List<KeyValue> out = new ArrayList<>();
    try (Cursor cursor = cursor(segment)) {
      for (cursor.seek(prefix); cursor.isValid() && out.size() < limit; cursor.next()) {
        byte[] key = cursor.key();
        if (key.length < prefix.length || !Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length)) {
          break;
        }
        out.add(new KeyValue(Bytes.wrap(key), Bytes.wrap(cursor.value())));
      }
    }
    return out;
  }

  /** Releases the store; open cursors become unusable. Idempotent. */
  @Override
  void close();
}
