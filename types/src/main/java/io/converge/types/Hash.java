package io.converge.types;

import java.util.Arrays;

/** A 32-byte hash (Keccak-256 unless said otherwise). */
public final class Hash implements Comparable<Hash> {
  public static final int SIZE = 32;
  public static final Hash ZERO = new Hash(new byte[SIZE]);

  private final byte[] value;

  private Hash(byte[] value) {
    this.value = value;
  }

  public static Hash wrap(byte[] value) {
    if (value.length != SIZE) {
      throw new IllegalArgumentException("hash must be 32 bytes, got " + value.length);
    }
    return new Hash(value.clone());
  }

  public static Hash fromHex(String hex) {
    return wrap(Hex.decode(hex));
  }

  public byte[] toArray() {
    return value.clone();
  }

  public Bytes toBytes() {
    return Bytes.wrap(value.clone());
  }

  /** Read-only access for hot paths; callers must not modify the result. */
  public byte[] unsafeArray() {
    return value;
  }

  public String toHex() {
    return Hex.encode(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash h && Arrays.equals(value, h.value);
  }

  @Override
  public int hashCode() {
    // The bytes are already uniformly distributed.
    return (value[0] & 0xff) << 24 | (value[1] & 0xff) << 16 | (value[2] & 0xff) << 8 | (value[3] & 0xff);
  }

  @Override
  public int compareTo(Hash o) {
    return Arrays.compareUnsigned(value, o.value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
