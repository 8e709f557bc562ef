package io.converge.types;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string. The backing array is copied in and out, never shared. */
public final class Bytes implements Comparable<Bytes> {
  public static final Bytes EMPTY = new Bytes(new byte[0]);
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  public static Bytes of(byte... value) {
    return value.length == 0 ? EMPTY : new Bytes(value.clone());
  }

  /** Takes ownership of {@code value}: the caller must not modify it afterwards. */
  public static Bytes wrap(byte[] value) {
    return value.length == 0 ? EMPTY : new Bytes(value);
  }

  /** Parses hex with or without a {@code 0x} prefix; an odd number of digits is rejected. */
  public static Bytes fromHex(String hex) {
    return wrap(Hex.decode(hex));
  }

  public int size() {
    return value.length;
  }

  public boolean isEmpty() {
    return value.length == 0;
  }

  public byte get(int index) {
    return value[index];
  }

  public byte[] toArray() {
    return value.clone();
  }

  /** Read-only access for hot paths inside the project; callers must not modify the result. */
  public byte[] unsafeArray() {
    return value;
  }

  public Bytes slice(int from, int to) {
    return wrap(Arrays.copyOfRange(value, from, to));
  }

  public Bytes concat(Bytes other) {
    byte[] out = Arrays.copyOf(value, value.length + other.value.length);
    System.arraycopy(other.value, 0, out, value.length, other.value.length);
    return wrap(out);
  }

  public String toHex() {
    return "0x" + HEX.formatHex(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && Arrays.equals(value, b.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public int compareTo(Bytes o) {
    return Arrays.compareUnsigned(value, o.value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
