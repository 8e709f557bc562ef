package io.converge.crypto.bn254;

import java.math.BigInteger;

/** F_p^2 = F_p[u] / (u^2 + 1); an element is {@code c0 + c1·u}. */
final class Fp2 implements FieldElement<Fp2> {
  static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
  static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
  /** ξ = 9 + u, the non-residue that defines F_p^6 and the sextic twist. */
  static final Fp2 XI = new Fp2(Fp.of(9), Fp.ONE);

  final Fp c0;
  final Fp c1;

  Fp2(Fp c0, Fp c1) {
    this.c0 = c0;
    this.c1 = c1;
  }

  static Fp2 of(BigInteger c0, BigInteger c1) {
    return new Fp2(Fp.of(c0), Fp.of(c1));
  }

  @Override
  public boolean isZero() {
    return c0.isZero() && c1.isZero();
  }

  @Override
  public Fp2 add(Fp2 b) {
    return new Fp2(c0.add(b.c0), c1.add(b.c1));
  }

  @Override
  public Fp2 sub(Fp2 b) {
    return new Fp2(c0.sub(b.c0), c1.sub(b.c1));
  }

  @Override
  public Fp2 twice() {
    return new Fp2(c0.twice(), c1.twice());
  }

  @Override
  public Fp2 negate() {
    return new Fp2(c0.negate(), c1.negate());
  }

  @Override
  public Fp2 mul(Fp2 b) {
    // Karatsuba: three base-field products instead of four.
    Fp v0 = c0.mul(b.c0);
    Fp v1 = c1.mul(b.c1);
    Fp cross = c0.add(c1).mul(b.c0.add(b.c1));
    return new Fp2(v0.sub(v1), cross.sub(v0).sub(v1));
  }

  Fp2 mul(Fp b) {
    return new Fp2(c0.mul(b), c1.mul(b));
  }

  @Override
  public Fp2 square() {
    // (a + bu)^2 = (a + b)(a - b) + 2ab·u
    Fp ab = c0.mul(c1);
    return new Fp2(c0.add(c1).mul(c0.sub(c1)), ab.twice());
  }

  /** Multiplies by ξ = 9 + u: (a + bu)(9 + u) = (9a - b) + (a + 9b)u. */
  Fp2 mulByXi() {
    Fp a8 = c0.twice().twice().twice();
    Fp b8 = c1.twice().twice().twice();
    return new Fp2(a8.add(c0).sub(c1), b8.add(c1).add(c0));
  }

  /** The p-power Frobenius map on F_p^2, which is conjugation. */
  Fp2 conjugate() {
    return new Fp2(c0, c1.negate());
  }

  @Override
  public Fp2 inverse() {
    Fp norm = c0.square().add(c1.square());
    Fp inv = norm.inverse();
    return new Fp2(c0.mul(inv), c1.negate().mul(inv));
  }

  Fp2 pow(BigInteger e) {
    Fp2 result = ONE;
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
    return o instanceof Fp2 f && c0.equals(f.c0) && c1.equals(f.c1);
  }

  @Override
  public int hashCode() {
    return c0.hashCode() * 31 + c1.hashCode();
  }

  @Override
  public String toString() {
    return "(" + c0 + " + " + c1 + "·u)";
  }
}
