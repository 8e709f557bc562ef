package io.converge.crypto.bn254;

import java.math.BigInteger;

/**
 * An element of the BN254 base field F_p, immutable, held in Montgomery form (a·2^256 mod p) as four little-endian
 * 64-bit limbs. Multiplication is the "no-carry" CIOS variant, valid because p's top limb is below 2^62; it is what
 * makes a pairing take milliseconds rather than the hundreds a BigInteger field costs.
 */
final class Fp implements FieldElement<Fp> {
  static final BigInteger MODULUS =
      new BigInteger("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16);

  private static final long P0 = 0x3c208c16d87cfd47L;
  private static final long P1 = 0x97816a916871ca8dL;
  private static final long P2 = 0xb85045b68181585dL;
  private static final long P3 = 0x30644e72e131a029L;
  /** -p^-1 mod 2^64, the Montgomery reduction factor. */
  private static final long INV = BigInteger.ONE.shiftLeft(64).subtract(MODULUS.modInverse(BigInteger.ONE.shiftLeft(64))).longValue();

  static final Fp ZERO = new Fp(0, 0, 0, 0);
  /** 2^512 mod p: multiplying a plain value by it enters Montgomery form. */
  private static final Fp R2 = raw(BigInteger.ONE.shiftLeft(512).mod(MODULUS));
  static final Fp ONE = raw(BigInteger.ONE.shiftLeft(256).mod(MODULUS));

  private final long l0;
  private final long l1;
  private final long l2;
  private final long l3;

  private Fp(long l0, long l1, long l2, long l3) {
    this.l0 = l0;
    this.l1 = l1;
    this.l2 = l2;
    this.l3 = l3;
  }

  /** Limbs taken as they are (already Montgomery form, or a constant used to enter it). */
  private static Fp raw(BigInteger v) {
    return new Fp(v.longValue(), v.shiftRight(64).longValue(), v.shiftRight(128).longValue(), v.shiftRight(192).longValue());
  }

  /** The field element congruent to {@code v} (any sign, any size). */
  static Fp of(BigInteger v) {
    return raw(v.mod(MODULUS)).mul(R2);
  }

  static Fp of(long v) {
    return of(BigInteger.valueOf(v));
  }

  /**
   * Reads a 32-byte big-endian integer; returns {@code null} when it is not below p, because callers must reject such
   * encodings rather than reduce them.
   */
  static Fp fromCanonicalBytes(byte[] in, int offset) {
    long w3 = readLong(in, offset);
    long w2 = readLong(in, offset + 8);
    long w1 = readLong(in, offset + 16);
    long w0 = readLong(in, offset + 24);
    if (!lessThanModulus(w0, w1, w2, w3)) {
      return null;
    }
    return new Fp(w0, w1, w2, w3).mul(R2);
  }

  /** Writes the canonical 32-byte big-endian encoding at {@code offset}. */
  void writeBytes(byte[] out, int offset) {
    Fp plain = mul(new Fp(1, 0, 0, 0));
    writeLong(out, offset, plain.l3);
    writeLong(out, offset + 8, plain.l2);
    writeLong(out, offset + 16, plain.l1);
    writeLong(out, offset + 24, plain.l0);
  }

  BigInteger toBigInteger() {
    byte[] out = new byte[32];
    writeBytes(out, 0);
    return new BigInteger(1, out);
  }

  @Override
  public boolean isZero() {
    return (l0 | l1 | l2 | l3) == 0;
  }

  @Override
  public Fp add(Fp b) {
    long s0 = l0 + b.l0;
    long c = carry(l0, b.l0, s0);
    long s1 = l1 + b.l1 + c;
    c = carry(l1, b.l1, s1);
    long s2 = l2 + b.l2 + c;
    c = carry(l2, b.l2, s2);
    long s3 = l3 + b.l3 + c; // both below p < 2^254: no carry out of the top limb
    return reduceOnce(s0, s1, s2, s3);
  }

  @Override
  public Fp twice() {
    return add(this);
  }

  @Override
  public Fp sub(Fp b) {
    long d0 = l0 - b.l0;
    long br = borrow(l0, b.l0, d0);
    long d1 = l1 - b.l1 - br;
    br = borrow(l1, b.l1, d1);
    long d2 = l2 - b.l2 - br;
    br = borrow(l2, b.l2, d2);
    long d3 = l3 - b.l3 - br;
    br = borrow(l3, b.l3, d3);
    if (br == 0) {
      return new Fp(d0, d1, d2, d3);
    }
    long s0 = d0 + P0;
    long c = carry(d0, P0, s0);
    long s1 = d1 + P1 + c;
    c = carry(d1, P1, s1);
    long s2 = d2 + P2 + c;
    c = carry(d2, P2, s2);
    long s3 = d3 + P3 + c;
    return new Fp(s0, s1, s2, s3);
  }

  @Override
  public Fp negate() {
    return isZero() ? this : ZERO.sub(this);
  }

  @Override
  public Fp mul(Fp b) {
    long a0 = l0;
    long a1 = l1;
    long a2 = l2;
    long a3 = l3;
    long t0 = 0;
    long t1 = 0;
    long t2 = 0;
    long t3 = 0;
    for (int i = 0; i < 4; i++) {
      long bi = i == 0 ? b.l0 : i == 1 ? b.l1 : i == 2 ? b.l2 : b.l3;
      // j = 0
      long lo = a0 * bi;
      long hi = mulHigh(a0, bi);
      lo += t0;
      hi += Long.compareUnsigned(lo, t0) < 0 ? 1 : 0;
      t0 = lo;
      long a = hi;
      long m = t0 * INV;
      lo = m * P0;
      hi = mulHigh(m, P0);
      lo += t0;
      hi += Long.compareUnsigned(lo, t0) < 0 ? 1 : 0;
      long c = hi;
      // j = 1
      lo = a1 * bi;
      hi = mulHigh(a1, bi);
      lo += t1;
      hi += Long.compareUnsigned(lo, t1) < 0 ? 1 : 0;
      lo += a;
      hi += Long.compareUnsigned(lo, a) < 0 ? 1 : 0;
      t1 = lo;
      a = hi;
      lo = m * P1;
      hi = mulHigh(m, P1);
      lo += t1;
      hi += Long.compareUnsigned(lo, t1) < 0 ? 1 : 0;
      lo += c;
      hi += Long.compareUnsigned(lo, c) < 0 ? 1 : 0;
      t0 = lo;
      c = hi;
      // j = 2
      lo = a2 * bi;
      hi = mulHigh(a2, bi);
      lo += t2;
      hi += Long.compareUnsigned(lo, t2) < 0 ? 1 : 0;
      lo += a;
      hi += Long.compareUnsigned(lo, a) < 0 ? 1 : 0;
      t2 = lo;
      a = hi;
      lo = m * P2;
      hi = mulHigh(m, P2);
      lo += t2;
      hi += Long.compareUnsigned(lo, t2) < 0 ? 1 : 0;
      lo += c;
      hi += Long.compareUnsigned(lo, c) < 0 ? 1 : 0;
      t1 = lo;
      c = hi;
      // j = 3
      lo = a3 * bi;
      hi = mulHigh(a3, bi);
      lo += t3;
      hi += Long.compareUnsigned(lo, t3) < 0 ? 1 : 0;
      lo += a;
      hi += Long.compareUnsigned(lo, a) < 0 ? 1 : 0;
      t3 = lo;
      a = hi;
      lo = m * P3;
      hi = mulHigh(m, P3);
      lo += t3;
      hi += Long.compareUnsigned(lo, t3) < 0 ? 1 : 0;
      lo += c;
      hi += Long.compareUnsigned(lo, c) < 0 ? 1 : 0;
      t2 = lo;
      c = hi;
      t3 = c + a;
    }
    return reduceOnce(t0, t1, t2, t3);
  }

  @Override
  public Fp square() {
    return mul(this);
  }

  /** Multiplicative inverse; zero maps to zero (callers check for zero where it matters). */
  @Override
  public Fp inverse() {
    if (isZero()) {
      return ZERO;
    }
    return of(toBigInteger().modInverse(MODULUS));
  }

  Fp pow(BigInteger e) {
    Fp result = ONE;
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      result = result.square();
      if (e.testBit(i)) {
        result = result.mul(this);
      }
    }
    return result;
  }

  private static Fp reduceOnce(long s0, long s1, long s2, long s3) {
    long d0 = s0 - P0;
    long br = borrow(s0, P0, d0);
    long d1 = s1 - P1 - br;
    br = borrow(s1, P1, d1);
    long d2 = s2 - P2 - br;
    br = borrow(s2, P2, d2);
    long d3 = s3 - P3 - br;
    br = borrow(s3, P3, d3);
    return br == 0 ? new Fp(d0, d1, d2, d3) : new Fp(s0, s1, s2, s3);
  }

  private static boolean lessThanModulus(long w0, long w1, long w2, long w3) {
    long d0 = w0 - P0;
    long br = borrow(w0, P0, d0);
    long d1 = w1 - P1 - br;
    br = borrow(w1, P1, d1);
    long d2 = w2 - P2 - br;
    br = borrow(w2, P2, d2);
    long d3 = w3 - P3 - br;
    br = borrow(w3, P3, d3);
    return br != 0;
  }

  /** Carry out of {@code sum = a + b + carryIn}. */
  private static long carry(long a, long b, long sum) {
    return ((a & b) | ((a | b) & ~sum)) >>> 63;
  }

  /** Borrow out of {@code diff = a - b - borrowIn}. */
  private static long borrow(long a, long b, long diff) {
    return ((~a & b) | (~(a ^ b) & diff)) >>> 63;
  }

  /** The high 64 bits of the unsigned 128-bit product (Java 17 has only the signed one). */
  private static long mulHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  private static long readLong(byte[] in, int offset) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (in[offset + i] & 0xff);
    }
    return v;
  }

  private static void writeLong(byte[] out, int offset, long v) {
    for (int i = 7; i >= 0; i--) {
      out[offset + i] = (byte) v;
      v >>>= 8;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fp f && l0 == f.l0 && l1 == f.l1 && l2 == f.l2 && l3 == f.l3;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(((l0 * 31 + l1) * 31 + l2) * 31 + l3);
  }

  @Override
  public String toString() {
    return "0x" + toBigInteger().toString(16);
  }
}
