package io.converge.crypto.bn254;

import java.math.BigInteger;

/**
 * Group law on y^2 = x^3 + b (a = 0) over a field F, in Jacobian coordinates. G1 uses it over F_p, G2 over F_p^2.
 * Formulas: dbl-2009-l and add-2007-bl from the Explicit-Formulas Database.
 */
final class ShortWeierstrassCurve<F extends FieldElement<F>> {
  private final F b;
  private final F one;
  private final JacobianPoint<F> infinity;

  /** The curve y^2 = x^3 + b; {@code one} is the field's 1 (Java generics cannot reach a static). */
  ShortWeierstrassCurve(F b, F one) {
    this.b = b;
    this.one = one;
    this.infinity = new JacobianPoint<>(one, one, one.sub(one));
  }

  JacobianPoint<F> infinity() {
    return infinity;
  }

  F b() {
    return b;
  }

  boolean isOnCurve(F x, F y) {
    return y.square().equals(x.square().mul(x).add(b));
  }

  JacobianPoint<F> fromAffine(AffinePoint<F> p) {
    return new JacobianPoint<>(p.x(), p.y(), one);
  }

  /** Affine form, or {@code null} for infinity. */
  AffinePoint<F> toAffine(JacobianPoint<F> p) {
    if (p.isInfinity()) {
      return null;
    }
    F zInv = p.z().inverse();
    F zInv2 = zInv.square();
    return new AffinePoint<>(p.x().mul(zInv2), p.y().mul(zInv2).mul(zInv));
  }

  JacobianPoint<F> twice(JacobianPoint<F> p) {
    if (p.isInfinity() || p.y().isZero()) {
      return infinity;
    }
    F a = p.x().square();
    F bb = p.y().square();
    F c = bb.square();
    F d = p.x().add(bb).square().sub(a).sub(c).twice();
    F e = a.twice().add(a);
    F f = e.square();
    F x3 = f.sub(d.twice());
    F y3 = e.mul(d.sub(x3)).sub(c.twice().twice().twice());
    F z3 = p.y().mul(p.z()).twice();
    return new JacobianPoint<>(x3, y3, z3);
  }

  JacobianPoint<F> add(JacobianPoint<F> p, JacobianPoint<F> q) {
    if (p.isInfinity()) {
      return q;
    }
    if (q.isInfinity()) {
      return p;
    }
    F z1z1 = p.z().square();
    F z2z2 = q.z().square();
    F u1 = p.x().mul(z2z2);
    F u2 = q.x().mul(z1z1);
    F s1 = p.y().mul(q.z()).mul(z2z2);
    F s2 = q.y().mul(p.z()).mul(z1z1);
    F h = u2.sub(u1);
    F r = s2.sub(s1).twice();
    if (h.isZero()) {
      // Same x: either the same point (double it) or opposite points (sum is infinity).
      return r.isZero() ? twice(p) : infinity;
    }
    F i = h.twice().square();
    F j = h.mul(i);
    F v = u1.mul(i);
    F x3 = r.square().sub(j).sub(v.twice());
    F y3 = r.mul(v.sub(x3)).sub(s1.mul(j).twice());
    F z3 = p.z().add(q.z()).square().sub(z1z1).sub(z2z2).mul(h);
    return new JacobianPoint<>(x3, y3, z3);
  }

  /** k·p for k ≥ 0, not reduced by any group order (the subgroup check relies on that). */
  JacobianPoint<F> multiply(JacobianPoint<F> p, BigInteger k) {
    if (k.signum() < 0) {
      throw new IllegalArgumentException("negative scalar");
    }
    JacobianPoint<F> result = infinity;
    for (int i = k.bitLength() - 1; i >= 0; i--) {
      result = twice(result);
      if (k.testBit(i)) {
        result = add(result, p);
      }
    }
    return result;
  }

  /** Whether two Jacobian representations stand for the same point. */
  boolean equal(JacobianPoint<F> p, JacobianPoint<F> q) {
    if (p.isInfinity() || q.isInfinity()) {
      return p.isInfinity() && q.isInfinity();
    }
    F z1z1 = p.z().square();
    F z2z2 = q.z().square();
    return p.x().mul(z2z2).equals(q.x().mul(z1z1))
        && p.y().mul(q.z()).mul(z2z2).equals(q.y().mul(p.z()).mul(z1z1));
  }
}
