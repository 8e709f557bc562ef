package io.converge.evm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What the yellow paper says each arithmetic operation computes, in BigInteger, plus interesting operands. */
public final class ArithmeticReference {
  public static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);
  public static final BigInteger MAX = MODULUS.subtract(BigInteger.ONE);
  private static final BigInteger SIGN = BigInteger.ONE.shiftLeft(255);

  private ArithmeticReference() {}

  public static BigInteger signed(BigInteger x) {
    return x.testBit(255) ? x.subtract(MODULUS) : x;
  }

  public static BigInteger unsigned(BigInteger x) {
    return x.mod(MODULUS);
  }

  /** Result of {@code opcode} with {@code a} on top of the stack, then {@code b}, then {@code c}. */
  public static BigInteger apply(int opcode, BigInteger a, BigInteger b, BigInteger c) {
    return switch (opcode) {
      case 0x01 -> unsigned(a.add(b));
      case 0x02 -> unsigned(a.multiply(b));
      case 0x03 -> unsigned(a.subtract(b));
      case 0x04 -> b.signum() == 0 ? BigInteger.ZERO : a.divide(b);
      case 0x05 -> b.signum() == 0 ? BigInteger.ZERO : unsigned(signed(a).divide(signed(b)));
      case 0x06 -> b.signum() == 0 ? BigInteger.ZERO : a.mod(b);
      case 0x07 -> b.signum() == 0 ? BigInteger.ZERO : unsigned(signed(a).remainder(signed(b)));
      case 0x08 -> c.signum() == 0 ? BigInteger.ZERO : a.add(b).mod(c);
      case 0x09 -> c.signum() == 0 ? BigInteger.ZERO : a.multiply(b).mod(c);
      case 0x0a -> a.modPow(b, MODULUS);
      case 0x0b -> signExtend(a, b);
      case 0x10 -> bool(a.compareTo(b) < 0);
      case 0x11 -> bool(a.compareTo(b) > 0);
      case 0x12 -> bool(signed(a).compareTo(signed(b)) < 0);
      case 0x13 -> bool(signed(a).compareTo(signed(b)) > 0);
      case 0x14 -> bool(a.equals(b));
      case 0x15 -> bool(a.signum() == 0);
      case 0x16 -> a.and(b);
      case 0x17 -> a.or(b);
      case 0x18 -> a.xor(b);
      case 0x19 -> a.xor(MAX);
      case 0x1a -> a.compareTo(BigInteger.valueOf(32)) < 0
          ? b.shiftRight(8 * (31 - a.intValue())).and(BigInteger.valueOf(0xff)) : BigInteger.ZERO;
      case 0x1b -> a.compareTo(BigInteger.valueOf(256)) < 0 ? unsigned(b.shiftLeft(a.intValue())) : BigInteger.ZERO;
      case 0x1c -> a.compareTo(BigInteger.valueOf(256)) < 0 ? b.shiftRight(a.intValue()) : BigInteger.ZERO;
      case 0x1d -> a.compareTo(BigInteger.valueOf(256)) < 0
          ? unsigned(signed(b).shiftRight(a.intValue()))
          : (b.testBit(255) ? MAX : BigInteger.ZERO);
      default -> throw new IllegalArgumentException("not arithmetic: " + opcode);
    };
  }

  private static BigInteger bool(boolean value) {
    return value ? BigInteger.ONE : BigInteger.ZERO;
  }

  private static BigInteger signExtend(BigInteger byteIndex, BigInteger x) {
    if (byteIndex.compareTo(BigInteger.valueOf(31)) >= 0) {
      return x;
    }
    int bit = byteIndex.intValue() * 8 + 7;
    BigInteger mask = BigInteger.ONE.shiftLeft(bit + 1).subtract(BigInteger.ONE);
    return x.testBit(bit) ? x.or(MAX.xor(mask)) : x.and(mask);
  }

  /** Edge values every operation should meet, then random ones of every size. */
  public static List<BigInteger> operands(Random random, int randomCount) {
    List<BigInteger> values = new ArrayList<>();
    for (long v : new long[] {0, 1, 2, 3, 7, 8, 31, 32, 255, 256, 257}) {
      values.add(BigInteger.valueOf(v));
    }
    for (int bits : new int[] {31, 32, 63, 64, 65, 127, 128, 129, 191, 192, 193, 255}) {
      BigInteger p = BigInteger.ONE.shiftLeft(bits);
      values.add(p);
      values.add(p.subtract(BigInteger.ONE));
      values.add(p.add(BigInteger.ONE));
    }
    values.add(MAX);
    values.add(MAX.subtract(BigInteger.ONE));
    values.add(SIGN);
    values.add(SIGN.subtract(BigInteger.ONE));
    values.add(SIGN.add(BigInteger.ONE));
    for (int i = 0; i < randomCount; i++) {
      values.add(new BigInteger(1 + random.nextInt(256), random));
    }
    return values;
  }
}
