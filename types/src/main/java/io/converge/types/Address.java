package io.converge.types;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import java.util.Arrays;

/** A 20-byte account address. */
public final class Address implements Comparable<Address> {
  public static final int SIZE = 20;
  public static final Address ZERO = new Address(new byte[SIZE]);

  private final byte[] value;
  // Addresses key the EVM's and the state's hot maps; hashing 20 bytes on every lookup showed up in profiles.
  private final int hash;

  private Address(byte[] value) {
    this.value = value;
    this.hash = Arrays.hashCode(value);
  }

  public static Address wrap(byte[] value) {
    if (value.length != SIZE) {
      throw new IllegalArgumentException("address must be 20 bytes, got " + value.length);
    }
    return new Address(value.clone());
  }

  /** Reads a 20-byte RLP string; any other length is malformed. */
  public static Address fromRlp(RlpReader reader) throws RlpException {
    int at = reader.position();
    byte[] bytes = reader.readBytes();
    if (bytes.length != SIZE) {
      throw new RlpException("address must be 20 bytes", at, "found " + bytes.length);
    }
    return new Address(bytes);
  }

  public static Address fromHex(String hex) {
    return wrap(Hex.decode(hex));
  }

  /** The low 20 bytes of a 32-byte word, as the EVM and key derivation use. */
  public static Address fromLow20(byte[] word) {
    return new Address(Arrays.copyOfRange(word, word.length - SIZE, word.length));
  }

  /** A precompile or system address: the number in the low bytes. */
  public static Address ofNumber(long n) {
    byte[] out = new byte[SIZE];
    for (int i = 0; i < 8; i++) {
      out[SIZE - 1 - i] = (byte) (n >>> (8 * i));
    }
    return new Address(out);
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
    return o == this || o instanceof Address a && a.hash == hash && Arrays.equals(value, a.value);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(Address o) {
    return Arrays.compareUnsigned(value, o.value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
