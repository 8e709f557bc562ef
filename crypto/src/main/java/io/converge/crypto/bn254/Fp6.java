package io.converge.crypto.bn254;

/** F_p^6 = F_p^2[v] / (v^3 - ξ); an element is {@code c0 + c1·v + c2·v^2}. */
final class Fp6 {
  static final Fp6 ZERO = new Fp6(Fp2.ZERO, Fp2.ZERO, Fp2.ZERO);
  static final Fp6 ONE = new Fp6(Fp2.ONE, Fp2.ZERO, Fp2.ZERO);

  final Fp2 c0;
  final Fp2 c1;
  final Fp2 c2;

  Fp6(Fp2 c0, Fp2 c1, Fp2 c2) {
    this.c0 = c0;
    this.c1 = c1;
    this.c2 = c2;
  }

  Fp6 add(Fp6 b) {
    return new Fp6(c0.add(b.c0), c1.add(b.c1), c2.add(b.c2));
  }

  Fp6 sub(Fp6 b) {
    return new Fp6(c0.sub(b.c0), c1.sub(b.c1), c2.sub(b.c2));
  }

  Fp6 negate() {
    return new Fp6(c0.negate(), c1.negate(), c2.negate());
  }

  Fp6 mul(Fp6 b) {
    // Karatsuba over the three coefficients (six F_p^2 products), reducing v^3 = ξ.
    Fp2 v0 = c0.mul(b.c0);
    Fp2 v1 = c1.mul(b.c1);
    Fp2 v2 = c2.mul(b.c2);
    Fp2 r0 = c1.add(c2).mul(b.c1.add(b.c2)).sub(v1).sub(v2).mulByXi().add(v0);
    Fp2 r1 = c0.add(c1).mul(b.c0.add(b.c1)).sub(v0).sub(v1).add(v2.mulByXi());
    Fp2 r2 = c0.add(c2).mul(b.c0.add(b.c2)).sub(v0).sub(v2).add(v1);
    return new Fp6(r0, r1, r2);
  }

  Fp6 mul(Fp2 b) {
    return new Fp6(c0.mul(b), c1.mul(b), c2.mul(b));
  }

  /** Multiplies by {@code b0 + b1·v}, the shape the Miller loop's lines give (five F_p^2 products). */
  Fp6 mulBy01(Fp2 b0, Fp2 b1) {
    Fp2 v0 = c0.mul(b0);
    Fp2 v1 = c1.mul(b1);
    Fp2 r0 = c1.add(c2).mul(b1).sub(v1).mulByXi().add(v0);
    Fp2 r1 = c0.add(c1).mul(b0.add(b1)).sub(v0).sub(v1);
    Fp2 r2 = c0.add(c2).mul(b0).sub(v0).add(v1);
    return new Fp6(r0, r1, r2);
  }

  Fp6 square() {
    // CH-SQR2 (Chung–Hasan): two squarings and three products in F_p^2.
    Fp2 s0 = c0.square();
    Fp2 ab = c0.mul(c1);
    Fp2 s1 = ab.twice();
    Fp2 s2 = c0.sub(c1).add(c2).square();
    Fp2 bc = c1.mul(c2);
    Fp2 s3 = bc.twice();
    Fp2 s4 = c2.square();
    return new Fp6(s3.mulByXi().add(s0), s4.mulByXi().add(s1), s1.add(s2).add(s3).sub(s0).sub(s4));
  }

  /** Multiplies by v: (c0, c1, c2)·v = (ξ·c2, c0, c1). */
  Fp6 mulByV() {
    return new Fp6(c2.mulByXi(), c0, c1);
  }

  Fp6 inverse() {
    Fp2 t0 = c0.square().sub(c1.mul(c2).mulByXi());
    Fp2 t1 = c2.square().mulByXi().sub(c0.mul(c1));
    Fp2 t2 = c1.square().sub(c0.mul(c2));
    Fp2 det = c0.mul(t0).add(c2.mul(t1).add(c1.mul(t2)).mulByXi());
    Fp2 inv = det.inverse();
    return new Fp6(t0.mul(inv), t1.mul(inv), t2.mul(inv));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fp6 f && c0.equals(f.c0) && c1.equals(f.c1) && c2.equals(f.c2);
  }

  @Override
  public int hashCode() {
    return (c0.hashCode() * 31 + c1.hashCode()) * 31 + c2.hashCode();
  }

  @Override
  public String toString() {
    return "[" + c0 + ", " + c1 + ", " + c2 + "]";
  }
}
