package io.converge.types;

import io.converge.crypto.hash.Keccak256;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
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

  /** The Keccak-256 digest of {@code data}. */
  public static Hash keccak256(byte[] data) {
    return new Hash(Keccak256.hash(data));
  }

  /** The Keccak-256 digest of {@code length} bytes of {@code data} from {@code offset}. */
  public static Hash keccak256(byte[] data, int offset, int length) {
    return new Hash(Keccak256.hash(data, offset, length));
  }

  /** Reads a 32-byte RLP string; any other length is malformed. */
  public static Hash fromRlp(RlpReader reader) throws RlpException {
    int at = reader.position();
    byte[] bytes = reader.readBytes();
    if (bytes.length != SIZE) {
      throw new RlpException("hash must be 32 bytes", at, "found " + bytes.length);
    }
    return new Hash(bytes);
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
