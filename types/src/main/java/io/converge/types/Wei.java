package io.converge.types;

import java.math.BigInteger;

/** An amount of ether in wei: an unsigned 256-bit integer. */
public record Wei(BigInteger value) implements Comparable<Wei> {
  public static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
  public static final Wei ZERO = new Wei(BigInteger.ZERO);

  public Wei {
    if (value.signum() < 0 || value.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("wei out of range [0, 2^256): " + value);
    }
  }

  public static Wei of(long wei) {
    return new Wei(BigInteger.valueOf(wei));
  }

  public Wei add(Wei other) {
    return new Wei(value.add(other.value));
  }

  public Wei subtract(Wei other) {
    return new Wei(value.subtract(other.value));
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Wei o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
