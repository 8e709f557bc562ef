package io.converge.types;

import java.math.BigInteger;

/** An unsigned 256-bit integer for fields that are not amounts of ether (difficulty, an authorization's chain id). */
public record UInt256(BigInteger value) implements Comparable<UInt256> {
  public static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
  public static final UInt256 ZERO = new UInt256(BigInteger.ZERO);

  public UInt256 {
    if (value.signum() < 0 || value.bitLength() > 256) {
      throw new IllegalArgumentException("value out of range [0, 2^256): " + value);
    }
  }

  public static UInt256 of(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("value must be non-negative, got " + value);
    }
    return new UInt256(BigInteger.valueOf(value));
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(UInt256 o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
