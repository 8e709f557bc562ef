package io.converge.evm.operation;

/**
 * 256-bit arithmetic on words held as four longs, least significant limb first, in place on the stack array. Each
 * method takes the base indexes of its operands and writes its result over the last operand, so the interpreter only
 * has to lower the stack pointer.
 */
final class WordMath {
  private WordMath() {}

  /** Unsigned {@code x < y}. */
  static boolean lessThanUnsigned(long x, long y) {
    return (x + Long.MIN_VALUE) < (y + Long.MIN_VALUE);
  }

  /** High 64 bits of the unsigned 128-bit product. */
  static long multiplyHighUnsigned(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  static boolean isZero(long[] s, int a) {
    return (s[a] | s[a + 1] | s[a + 2] | s[a + 3]) == 0;
  }

  static void setZero(long[] s, int r) {
    s[r] = 0;
    s[r + 1] = 0;
    s[r + 2] = 0;
    s[r + 3] = 0;
  }

  static void setLong(long[] s, int r, long value) {
    s[r] = value;
    s[r + 1] = 0;
    s[r + 2] = 0;
    s[r + 3] = 0;
  }

  /** The word as a non-negative int if it is below {@code bound}, else -1. */
  static int smallIntBelow(long[] s, int a, int bound) {
    long low = s[a];
    if ((s[a + 1] | s[a + 2] | s[a + 3]) != 0 || low < 0 || low >= bound) {
      return -1;
    }
    return (int) low;
  }

  /** Unsigned comparison of the words at {@code a} and {@code b}. */
  static int compareUnsigned(long[] s, int a, int b) {
    for (int i = 3; i >= 0; i--) {
      if (s[a + i] != s[b + i]) {
        return lessThanUnsigned(s[a + i], s[b + i]) ? -1 : 1;
      }
    }
    return 0;
  }

  /** Two's complement signed comparison. */
  static int compareSigned(long[] s, int a, int b) {
    if (s[a + 3] != s[b + 3]) {
      return s[a + 3] < s[b + 3] ? -1 : 1;
    }
    return compareUnsigned(s, a, b);
  }

  /** r = a + b mod 2^256. */
  static void add(long[] s, int a, int b, int r) {
    long a0 = s[a], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3];
    long b0 = s[b], b1 = s[b + 1], b2 = s[b + 2], b3 = s[b + 3];
    long r0 = a0 + b0;
    long c = ((a0 & b0) | ((a0 | b0) & ~r0)) >>> 63;
    long r1 = a1 + b1 + c;
    c = ((a1 & b1) | ((a1 | b1) & ~r1)) >>> 63;
    long r2 = a2 + b2 + c;
    c = ((a2 & b2) | ((a2 | b2) & ~r2)) >>> 63;
    s[r] = r0;
    s[r + 1] = r1;
    s[r + 2] = r2;
    s[r + 3] = a3 + b3 + c;
  }

  /** r = a - b mod 2^256. */
  static void subtract(long[] s, int a, int b, int r) {
    long a0 = s[a], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3];
    long b0 = s[b], b1 = s[b + 1], b2 = s[b + 2], b3 = s[b + 3];
    long r0 = a0 - b0;
    long c = ((~a0 & b0) | ((~a0 | b0) & r0)) >>> 63;
    long r1 = a1 - b1 - c;
    c = ((~a1 & b1) | ((~a1 | b1) & r1)) >>> 63;
    long r2 = a2 - b2 - c;
    c = ((~a2 & b2) | ((~a2 | b2) & r2)) >>> 63;
    s[r] = r0;
    s[r + 1] = r1;
    s[r + 2] = r2;
    s[r + 3] = a3 - b3 - c;
  }

  /** r = -a mod 2^256 (two's complement). */
  static void negate(long[] s, int a, int r) {
    long r0 = ~s[a] + 1;
    long c = r0 == 0 ? 1 : 0;
    long r1 = ~s[a + 1] + c;
    c = (c == 1 && r1 == 0) ? 1 : 0;
    long r2 = ~s[a + 2] + c;
    c = (c == 1 && r2 == 0) ? 1 : 0;
    s[r + 3] = ~s[a + 3] + c;
    s[r] = r0;
    s[r + 1] = r1;
    s[r + 2] = r2;
  }

  /** r = a * b mod 2^256 (schoolbook, only the products that reach the low 256 bits). */
  static void multiply(long[] s, int a, int b, int r) {
    long a0 = s[a], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3];
    long b0 = s[b], b1 = s[b + 1], b2 = s[b + 2], b3 = s[b + 3];
    // Column 0 and the carries into column 1.
    long r0 = a0 * b0;
    long h00 = multiplyHighUnsigned(a0, b0);
    // Column 1: h00 + lo(a0*b1) + lo(a1*b0), carrying into column 2.
    long l01 = a0 * b1;
    long h01 = multiplyHighUnsigned(a0, b1);
    long l10 = a1 * b0;
    long h10 = multiplyHighUnsigned(a1, b0);
    long r1 = h00 + l01;
    long c2 = lessThanUnsigned(r1, l01) ? 1 : 0;
    long t = r1 + l10;
    c2 += lessThanUnsigned(t, l10) ? 1 : 0;
    r1 = t;
    // Column 2: carries + h01 + h10 + lo(a0*b2) + lo(a1*b1) + lo(a2*b0), carrying into column 3.
    long l02 = a0 * b2;
    long l11 = a1 * b1;
    long l20 = a2 * b0;
    long r2 = c2;
    long c3 = 0;
    t = r2 + h01;
    c3 += lessThanUnsigned(t, h01) ? 1 : 0;
    r2 = t + h10;
    c3 += lessThanUnsigned(r2, t) ? 1 : 0;
    t = r2 + l02;
    c3 += lessThanUnsigned(t, l02) ? 1 : 0;
    r2 = t + l11;
    c3 += lessThanUnsigned(r2, t) ? 1 : 0;
    t = r2 + l20;
    c3 += lessThanUnsigned(t, l20) ? 1 : 0;
    r2 = t;
    // Column 3: everything wraps, so no carries to track.
    long r3 = c3
        + multiplyHighUnsigned(a0, b2) + multiplyHighUnsigned(a1, b1) + multiplyHighUnsigned(a2, b0)
        + a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
    s[r] = r0;
    s[r + 1] = r1;
    s[r + 2] = r2;
    s[r + 3] = r3;
  }

  /** r = a ^ b mod 2^256 by square-and-multiply; {@code scratch} holds at least 8 longs. */
  static void exp(long[] s, int a, int b, int r, long[] scratch) {
    // scratch[0..3] the result, [4..7] the base squared once per exponent bit.
    setLong(scratch, 0, 1);
    System.arraycopy(s, a, scratch, 4, 4);
    int bits = bitLength(s, b);
    for (int i = 0; i < bits; i++) {
      if (((s[b + (i >>> 6)] >>> (i & 63)) & 1) != 0) {
        multiply(scratch, 0, 4, 0);
      }
      if (i + 1 < bits) {
        multiply(scratch, 4, 4, 4); // reads both operands before writing, so squaring in place is safe
      }
    }
    System.arraycopy(scratch, 0, s, r, 4);
  }

  /** Number of significant bits of the word. */
  static int bitLength(long[] s, int a) {
    for (int i = 3; i >= 0; i--) {
      if (s[a + i] != 0) {
        return 64 * i + 64 - Long.numberOfLeadingZeros(s[a + i]);
      }
    }
    return 0;
  }

  /** Number of significant bytes of the word (EXP's dynamic gas). */
  static int byteLength(long[] s, int a) {
    return (bitLength(s, a) + 7) >>> 3;
  }

  /** SIGNEXTEND: extends the sign bit of byte {@code b} (counted from the least significant) of x. */
  static void signExtend(long[] s, int b, int x, int r) {
    int index = smallIntBelow(s, b, 31);
    if (index < 0) {
      copy(s, x, r);
      return;
    }
    int bit = index * 8 + 7;
    int limb = bit >>> 6;
    int shift = bit & 63;
    boolean negative = ((s[x + limb] >>> shift) & 1) != 0;
    long keep = shift == 63 ? -1L : (1L << (shift + 1)) - 1;
    long[] out = new long[4];
    for (int i = 0; i < 4; i++) {
      if (i < limb) {
        out[i] = s[x + i];
      } else if (i == limb) {
        out[i] = negative ? s[x + i] | ~keep : s[x + i] & keep;
      } else {
        out[i] = negative ? -1L : 0;
      }
    }
    System.arraycopy(out, 0, s, r, 4);
  }

  /** BYTE: byte {@code i} of x counted from the most significant; zero for i >= 32. */
  static void byteOf(long[] s, int i, int x, int r) {
    int index = smallIntBelow(s, i, 32);
    if (index < 0) {
      setZero(s, r);
      return;
    }
    long limb = s[x + 3 - (index >>> 3)];
    setLong(s, r, (limb >>> ((7 - (index & 7)) << 3)) & 0xff);
  }

  /** SHL: x << shift, zero for shift >= 256. */
  static void shiftLeft(long[] s, int shiftAt, int x, int r) {
    int shift = smallIntBelow(s, shiftAt, 256);
    if (shift < 0) {
      setZero(s, r);
      return;
    }
    int limbs = shift >>> 6;
    int bits = shift & 63;
    long x0 = s[x], x1 = s[x + 1], x2 = s[x + 2], x3 = s[x + 3];
    for (int i = 3; i >= 0; i--) {
      int from = i - limbs;
      long lo = from >= 0 ? limb(x0, x1, x2, x3, from) : 0;
      long below = from >= 1 ? limb(x0, x1, x2, x3, from - 1) : 0;
      s[r + i] = bits == 0 ? lo : (lo << bits) | (below >>> (64 - bits));
    }
  }

  /** SHR (logical) or SAR (arithmetic): x >> shift; for shift >= 256, zero or (SAR of a negative x) all ones. */
  static void shiftRight(long[] s, int shiftAt, int x, int r, boolean arithmetic) {
    long fill = arithmetic && s[x + 3] < 0 ? -1L : 0;
    int shift = smallIntBelow(s, shiftAt, 256);
    if (shift < 0) {
      s[r] = fill;
      s[r + 1] = fill;
      s[r + 2] = fill;
      s[r + 3] = fill;
      return;
    }
    int limbs = shift >>> 6;
    int bits = shift & 63;
    long x0 = s[x], x1 = s[x + 1], x2 = s[x + 2], x3 = s[x + 3];
    for (int i = 0; i < 4; i++) {
      int from = i + limbs;
      long lo = from < 4 ? limb(x0, x1, x2, x3, from) : fill;
      long above = from + 1 < 4 ? limb(x0, x1, x2, x3, from + 1) : fill;
      s[r + i] = bits == 0 ? lo : (lo >>> bits) | (above << (64 - bits));
    }
  }

  private static long limb(long x0, long x1, long x2, long x3, int index) {
    return switch (index) {
      case 0 -> x0;
      case 1 -> x1;
      case 2 -> x2;
      default -> x3;
    };
  }

  static void copy(long[] s, int a, int r) {
    s[r] = s[a];
    s[r + 1] = s[a + 1];
    s[r + 2] = s[a + 2];
    s[r + 3] = s[a + 3];
  }
}
