package io.converge.crypto.bn254;

import java.math.BigInteger;

/**
 * F_p^12 = F_p^6[w] / (w^2 - v); an element is {@code c0 + c1·w}. Pairing values live here. Written out over F_p^2 the
 * element is {@code g0 + h0·w + g1·w^2 + h1·w^3 + g2·w^4 + h2·w^5} with {@code c0 = (g0, g1, g2)}, {@code c1 = (h0, h1,
 * h2)}, which is how the Frobenius map below is read.
 */
final class Fp12 {
  static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

  private static final BigInteger P = Fp.MODULUS;
  /** FROBENIUS[k - 1][i] = ξ^(i·(p^k - 1)/6), the factor w^i picks up under the p^k-power map. */
  private static final Fp2[][] FROBENIUS = new Fp2[3][6];

  static {
    for (int k = 1; k <= 3; k++) {
      BigInteger base = P.pow(k).subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
      for (int i = 0; i < 6; i++) {
        FROBENIUS[k - 1][i] = Fp2.XI.pow(base.multiply(BigInteger.valueOf(i)));
      }
    }
  }

  final Fp6 c0;
  final Fp6 c1;

  Fp12(Fp6 c0, Fp6 c1) {
    this.c0 = c0;
    this.c1 = c1;
  }

  boolean isOne() {
    return equals(ONE);
  }

  Fp12 mul(Fp12 b) {
    Fp6 v0 = c0.mul(b.c0);
    Fp6 v1 = c1.mul(b.c1);
    Fp6 r1 = c0.add(c1).mul(b.c0.add(b.c1)).sub(v0).sub(v1);
    return new Fp12(v0.add(v1.mulByV()), r1);
  }

  /**
   * Multiplies by the sparse line value {@code a0 + (b0 + b1·v)·w}, i.e. non-zero only at w^0, w^1 and w^3: thirteen
   * F_p^2 products instead of eighteen.
   */
  Fp12 mulByLine(Fp2 a0, Fp2 b0, Fp2 b1) {
    Fp6 v0 = c0.mul(a0);
    Fp6 v1 = c1.mulBy01(b0, b1);
    Fp6 r1 = c0.add(c1).mulBy01(a0.add(b0), b1).sub(v0).sub(v1);
    return new Fp12(v0.add(v1.mulByV()), r1);
  }

  Fp12 square() {
    // (c0 + c1·w)^2 = (c0^2 + v·c1^2) + 2·c0·c1·w, with the first term from one F_p^6 product.
    Fp6 t = c0.mul(c1);
    Fp6 r0 = c0.add(c1).mul(c0.add(c1.mulByV())).sub(t).sub(t.mulByV());
    return new Fp12(r0, t.add(t));
  }

  /**
   * Squaring for elements of the cyclotomic subgroup (norm 1 over F_p^6, e.g. anything after the easy part of the final
   * exponentiation), where it costs six F_p^2 squarings instead of two F_p^6 products: Granger–Scott, "Faster squaring
   * in the cyclotomic subgroup of sixth degree extensions" (2010). Wrong for other elements.
   */
  Fp12 cyclotomicSquare() {
    // Three F_p^4 squarings of (g0 + h1·s), (h0 + g2·s), (g1 + h2·s) with s^2 = ξ.
    Fp2 g0 = c0.c0;
    Fp2 g1 = c0.c1;
    Fp2 g2 = c0.c2;
    Fp2 h0 = c1.c0;
    Fp2 h1 = c1.c1;
    Fp2 h2 = c1.c2;
    Fp2[] a = fp4Square(g0, h1);
    Fp2[] b = fp4Square(h0, g2);
    Fp2[] c = fp4Square(g1, h2);
    Fp2 ng0 = a[0].sub(g0).twice().add(a[0]);
    Fp2 nh1 = a[1].add(h1).twice().add(a[1]);
    Fp2 xiC1 = c[1].mulByXi();
    Fp2 nh0 = xiC1.add(h0).twice().add(xiC1);
    Fp2 ng2 = c[0].sub(g2).twice().add(c[0]);
    Fp2 ng1 = b[0].sub(g1).twice().add(b[0]);
    Fp2 nh2 = b[1].add(h2).twice().add(b[1]);
    return new Fp12(new Fp6(ng0, ng1, ng2), new Fp6(nh0, nh1, nh2));
  }

  /** (x + y·s)^2 = (x^2 + ξ·y^2) + 2xy·s in F_p^4 = F_p^2[s]/(s^2 - ξ). */
  private static Fp2[] fp4Square(Fp2 x, Fp2 y) {
    Fp2 xy = x.mul(y);
    Fp2 re = x.add(y).mul(x.add(y.mulByXi())).sub(xy).sub(xy.mulByXi());
    return new Fp2[] {re, xy.twice()};
  }

  /** The p^6-power Frobenius map; on the cyclotomic subgroup (every pairing value) it is the inverse. */
  Fp12 conjugate() {
    return new Fp12(c0, c1.negate());
  }

  Fp12 inverse() {
    Fp6 norm = c0.square().sub(c1.square().mulByV());
    Fp6 inv = norm.inverse();
    return new Fp12(c0.mul(inv), c1.negate().mul(inv));
  }

  /** The p^k-power Frobenius map for k in 1..3. */
  Fp12 frobenius(int k) {
    Fp2[] g = FROBENIUS[k - 1];
    boolean odd = (k & 1) == 1;
    Fp6 a = c0;
    Fp6 b = c1;
    return new Fp12(
        new Fp6(sigma(a.c0, odd), sigma(a.c1, odd).mul(g[2]), sigma(a.c2, odd).mul(g[4])),
        new Fp6(sigma(b.c0, odd).mul(g[1]), sigma(b.c1, odd).mul(g[3]), sigma(b.c2, odd).mul(g[5])));
  }

  private static Fp2 sigma(Fp2 x, boolean conjugate) {
    return conjugate ? x.conjugate() : x;
  }

  Fp12 pow(BigInteger e) {
    Fp12 result = ONE;
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      result = result.square();
      if (e.testBit(i)) {
        result = result.mul(this);
      }
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fp12 f && c0.equals(f.c0) && c1.equals(f.c1);
  }

  @Override
  public int hashCode() {
    return c0.hashCode() * 31 + c1.hashCode();
  }

  @Override
  public String toString() {
    return "{" + c0 + ", " + c1 + "}";
  }
}
