package io.converge.crypto.bn254;

/**
 * The field operations the curve arithmetic needs, so that G1 (over F_p) and G2 (over F_p^2) share one implementation
 * of the Jacobian formulas.
 */
interface FieldElement<F extends FieldElement<F>> {
  F add(F other);

  F sub(F other);

  F mul(F other);

  F square();

  F twice();

  F negate();

  /** The inverse; zero maps to zero. */
  F inverse();

  boolean isZero();
}
