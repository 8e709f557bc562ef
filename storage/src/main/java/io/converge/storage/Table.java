package io.converge.storage;

import io.converge.types.Bytes;
import java.util.Objects;

/**
 * A typed table: a segment, an optional key prefix (so that several small tables can share one segment) and the codecs
 * of its keys and values. Modules declare their tables as constants next to the code that owns the data.
 */
public record Table<K, V>(Segment segment, Bytes keyPrefix, Codec<K> keyCodec, Codec<V> valueCodec) {
  public Table {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    Objects.requireNonNull(keyCodec, "keyCodec");
    Objects.requireNonNull(valueCodec, "valueCodec");
  }

  public static <K, V> Table<K, V> of(Segment segment, Codec<K> keyCodec, Codec<V> valueCodec) {
    return new Table<>(segment, Bytes.EMPTY, keyCodec, valueCodec);
  }

  public static <K, V> Table<K, V> of(Segment segment, Bytes keyPrefix, Codec<K> keyCodec, Codec<V> valueCodec) {
    return new Table<>(segment, keyPrefix, keyCodec, valueCodec);
  }

  /** The stored key of {@code key}: prefix followed by its encoding. */
  public byte[] encodeKey(K key) {
    byte[] encoded = keyCodec.encode(Objects.requireNonNull(key, "key"));
    if (keyPrefix.isEmpty()) {
      return encoded;
    }
    byte[] out = new byte[keyPrefix.size() + encoded.length];
    System.arraycopy(keyPrefix.unsafeArray(), 0, out, 0, keyPrefix.size());
    System.arraycopy(encoded, 0, out, keyPrefix.size(), encoded.length);
    return out;
  }

  public byte[] encodeValue(V value) {
    return valueCodec.encode(Objects.requireNonNull(value, "value"));
  }

  /** Decodes a stored value, naming the table when the bytes are corrupt. */
  public V decodeValue(byte[] stored) {
    try {
      return valueCodec.decode(stored);
    } catch (IllegalArgumentException e) {
      throw new StorageException("corrupt value in " + segment + " (prefix " + keyPrefix + "): " + e.getMessage(), e);
    }
  }
}
