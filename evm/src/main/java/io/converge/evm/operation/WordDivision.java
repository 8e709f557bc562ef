package io.converge.evm.operation;

import static io.converge.evm.operation.WordMath.compareUnsigned;
import static io.converge.evm.operation.WordMath.copy;
import static io.converge.evm.operation.WordMath.isZero;
import static io.converge.evm.operation.WordMath.lessThanUnsigned;
import static io.converge.evm.operation.WordMath.negate;
import static io.converge.evm.operation.WordMath.setLong;
import static io.converge.evm.operation.WordMath.setZero;

/**
 * DIV, SDIV, MOD, SMOD, ADDMOD and MULMOD on stack words, by Knuth's algorithm D over 32-bit digits (up to 512-bit
 * dividends for the modular operations). Same conventions as {@link WordMath}.
 */
final class WordDivision {
  private static final long MASK32 = 0xffff_ffffL;

  private WordDivision() {}

  /**
   * Unsigned division: r = a / b (or a % b when {@code remainder}); zero when b is zero, as the EVM defines it.
   */
  static void divide(long[] s, int a, int b, int r, boolean remainder) {
    if (isZero(s, b)) {
      setZero(s, r);
      return;
    }
    if ((s[a + 1] | s[a + 2] | s[a + 3] | s[b + 1] | s[b + 2] | s[b + 3]) == 0) {
      long x = s[a];
      long y = s[b];
      setLong(s, r, remainder ? Long.remainderUnsigned(x, y) : Long.divideUnsigned(x, y));
      return;
    }
    if (compareUnsigned(s, a, b) < 0) {
      if (remainder) {
        copy(s, a, r);
      } else {
        setZero(s, r);
      }
      return;
    }
    int[] u = toDigits(s, a, 8);
    int[] v = toDigits(s, b, 8);
    int[] quotient = new int[8];
    int[] rem = remainder ? new int[8] : null;
    divideDigits(quotient, rem, u, significantDigits(u), v, significantDigits(v));
    fromDigits(remainder ? rem : quotient, s, r);
  }

  /** Signed division (SDIV, SMOD): r = a / b truncated toward zero, or a % b with the sign of a. */
  static void divideSigned(long[] s, int a, int b, int r, long[] scratch, boolean remainder) {
    boolean negativeA = s[a + 3] < 0;
    boolean negativeB = s[b + 3] < 0;
    // scratch[0..3] = |a|, scratch[4..7] = |b|, then the unsigned result in scratch[0..3].
    if (negativeA) {
      negateInto(s, a, scratch, 0);
    } else {
      System.arraycopy(s, a, scratch, 0, 4);
    }
    if (negativeB) {
      negateInto(s, b, scratch, 4);
    } else {
      System.arraycopy(s, b, scratch, 4, 4);
    }
    divide(scratch, 0, 4, 0, remainder);
    boolean negativeResult = remainder ? negativeA : negativeA != negativeB;
    if (negativeResult) {
      negate(scratch, 0, 0);
    }
    System.arraycopy(scratch, 0, s, r, 4);
  }

  private static void negateInto(long[] s, int a, long[] out, int r) {
    System.arraycopy(s, a, out, r, 4);
    negate(out, r, r);
  }

  /** r = (a + b) % m over the full 257-bit sum; zero when m is zero. */
  static void addMod(long[] s, int a, int b, int m, int r) {
    if (isZero(s, m)) {
      setZero(s, r);
      return;
    }
    int[] sum = new int[10];
    long carry = 0;
    for (int i = 0; i < 4; i++) {
      long x = s[a + i];
      long y = s[b + i];
      long lo = (x & MASK32) + (y & MASK32) + carry;
      long hi = (x >>> 32) + (y >>> 32) + (lo >>> 32);
      sum[2 * i] = (int) lo;
      sum[2 * i + 1] = (int) hi;
      carry = hi >>> 32;
    }
    sum[8] = (int) carry;
    reduce(sum, s, m, r);
  }

  /** r = (a * b) % m over the full 512-bit product; zero when m is zero. */
  static void mulMod(long[] s, int a, int b, int m, int r) {
    if (isZero(s, m)) {
      setZero(s, r);
      return;
    }
    int[] x = toDigits(s, a, 8);
    int[] y = toDigits(s, b, 8);
    int[] product = new int[17];
    for (int i = 0; i < 8; i++) {
      long carry = 0;
      long xi = x[i] & MASK32;
      if (xi == 0) {
        continue;
      }
      for (int j = 0; j < 8; j++) {
        long t = xi * (y[j] & MASK32) + (product[i + j] & MASK32) + carry;
        product[i + j] = (int) t;
        carry = t >>> 32;
      }
      product[i + 8] = (int) carry;
    }
    reduce(product, s, m, r);
  }

  /** r = dividend % m for a dividend given as little-endian 32-bit digits. */
  private static void reduce(int[] dividend, long[] s, int m, int r) {
    int[] v = toDigits(s, m, 8);
    int n = significantDigits(v);
    int len = significantDigits(dividend);
    if (len < n) {
      int[] padded = new int[8];
      System.arraycopy(dividend, 0, padded, 0, Math.min(8, dividend.length));
      fromDigits(padded, s, r);
      return;
    }
    int[] quotient = new int[len];
    int[] rem = new int[n];
    divideDigits(quotient, rem, dividend, len, v, n);
    int[] result = new int[8];
    System.arraycopy(rem, 0, result, 0, n);
    fromDigits(result, s, r);
  }

  // --- Knuth's algorithm D on 32-bit digits (Hacker's Delight, divmnu) ---

  private static int[] toDigits(long[] s, int a, int count) {
    int[] digits = new int[count];
    for (int i = 0; i < 4; i++) {
      digits[2 * i] = (int) s[a + i];
      digits[2 * i + 1] = (int) (s[a + i] >>> 32);
    }
    return digits;
  }

  private static void fromDigits(int[] digits, long[] s, int r) {
    for (int i = 0; i < 4; i++) {
      s[r + i] = (digits[2 * i] & MASK32) | ((long) digits[2 * i + 1] << 32);
    }
  }

  private static int significantDigits(int[] digits) {
    int n = digits.length;
    while (n > 0 && digits[n - 1] == 0) {
      n--;
    }
    return n;
  }

  /**
   * Divides the m-digit u by the n-digit v (v's top digit non-zero, m >= n >= 1) into q (m - n + 1 digits) and, if r
   * is not null, r (n digits).
   */
  static void divideDigits(int[] q, int[] r, int[] u, int m, int[] v, int n) {
    if (n == 1) {
      long divisor = v[0] & MASK32;
      long k = 0;
      for (int j = m - 1; j >= 0; j--) {
        long current = (k << 32) | (u[j] & MASK32);
        q[j] = (int) Long.divideUnsigned(current, divisor);
        k = Long.remainderUnsigned(current, divisor);
      }
      if (r != null) {
        r[0] = (int) k;
      }
      return;
    }
    int shift = Integer.numberOfLeadingZeros(v[n - 1]);
    int[] vn = new int[n];
    for (int i = n - 1; i > 0; i--) {
      vn[i] = (v[i] << shift) | (shift == 0 ? 0 : v[i - 1] >>> (32 - shift));
    }
    vn[0] = v[0] << shift;
    int[] un = new int[m + 1];
    un[m] = shift == 0 ? 0 : u[m - 1] >>> (32 - shift);
    for (int i = m - 1; i > 0; i--) {
      un[i] = (u[i] << shift) | (shift == 0 ? 0 : u[i - 1] >>> (32 - shift));
    }
    un[0] = u[0] << shift;
    long top = vn[n - 1] & MASK32;
    long second = vn[n - 2] & MASK32;
    for (int j = m - n; j >= 0; j--) {
      long numerator = ((un[j + n] & MASK32) << 32) | (un[j + n - 1] & MASK32);
      long qhat = Long.divideUnsigned(numerator, top);
      long rhat = Long.remainderUnsigned(numerator, top);
      while (qhat > MASK32
          || lessThanUnsigned(((rhat << 32) | (un[j + n - 2] & MASK32)), qhat * second)) {
        qhat--;
        rhat += top;
        if (rhat > MASK32) {
          break;
        }
      }
      long borrow = 0;
      long t;
      for (int i = 0; i < n; i++) {
        long p = qhat * (vn[i] & MASK32);
        t = (un[i + j] & MASK32) - borrow - (p & MASK32);
        un[i + j] = (int) t;
        borrow = (p >>> 32) - (t >> 32);
      }
      t = (un[j + n] & MASK32) - borrow;
      un[j + n] = (int) t;
      q[j] = (int) qhat;
      if (t < 0) {
        q[j]--;
        long carry = 0;
        for (int i = 0; i < n; i++) {
          t = (un[i + j] & MASK32) + (vn[i] & MASK32) + carry;
          un[i + j] = (int) t;
          carry = t >>> 32;
        }
        un[j + n] += (int) carry;
      }
    }
    if (r != null) {
      for (int i = 0; i < n; i++) {
        r[i] = (un[i] >>> shift) | (shift == 0 ? 0 : un[i + 1] << (32 - shift));
      }
    }
  }
}
