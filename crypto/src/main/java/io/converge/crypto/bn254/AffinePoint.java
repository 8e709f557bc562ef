package io.converge.crypto.bn254;

/** Affine coordinates of a finite point; infinity has no affine form and is represented by callers separately. */
record AffinePoint<F extends FieldElement<F>>(F x, F y) {}
