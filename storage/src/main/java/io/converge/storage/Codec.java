package io.converge.storage;

import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.nio.charset.StandardCharsets;

/**
 * Turns a key or value into bytes and back. Key codecs decide iteration order: the store compares keys as unsigned
 * bytes, so a numeric key must be fixed-width big-endian to iterate in numeric order.
 */
public interface Codec<T> {

  byte[] encode(T value);

  /** Decodes stored bytes; throws {@link IllegalArgumentException} if they are not a valid encoding. */
  T decode(byte[] bytes);

  /** The bytes as they are. */
  Codec<Bytes> BYTES = new Codec<>() {
    @Override
    public byte[] encode(Bytes value) {
      return value.unsafeArray();
    }

    @Override
    public Bytes decode(byte[] bytes) {
      return Bytes.wrap(bytes);
    }
  };

  /** Exactly 32 bytes. */
  Codec<Hash> HASH = new Codec<>() {
    @Override
    public byte[] encode(Hash value) {
      return value.unsafeArray();
    }

    @Override
    public Hash decode(byte[] bytes) {
      return Hash.wrap(bytes);
    }
  };

  /** A non-negative long as 8 big-endian bytes, so that keys iterate in numeric order. */
  Codec<Long> UINT64 = new Codec<>() {
    @Override
    public byte[] encode(Long value) {
      long v = value;
      if (v < 0) {
        throw new IllegalArgumentException("UINT64 keys must be non-negative, got " + v);
      }
      byte[] out = new byte[Long.BYTES];
      for (int i = Long.BYTES - 1; i >= 0; i--) {
        out[i] = (byte) v;
        v >>>= 8;
      }
      return out;
    }

    @Override
    public Long decode(byte[] bytes) {
      if (bytes.length != Long.BYTES) {
        throw new IllegalArgumentException("UINT64 needs 8 bytes, got " + bytes.length);
      }
      long v = 0;
      for (byte b : bytes) {
        v = v << 8 | (b & 0xff);
      }
      return v;
    }
  };

  /** UTF-8 text, for names in {@link Segment#META}. */
  Codec<String> UTF8 = new Codec<>() {
    @Override
    public byte[] encode(String value) {
      return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String decode(byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  };
}
