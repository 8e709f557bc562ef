package io.converge.crypto.bn254;

/** A point (X : Y : Z) standing for the affine (X/Z^2, Y/Z^3); Z = 0 is the point at infinity. */
record JacobianPoint<F extends FieldElement<F>>(F x, F y, F z) {
  boolean isInfinity() {
    return z.isZero();
  }
}
