package io.converge.crypto.bn254;

import java.math.BigInteger;

/**
 * Raises a Miller loop value to (p^12 - 1)/r, mapping it to the order-r subgroup of F_p^12 where pairing values are
 * compared. Split as (p^6 - 1)(p^2 + 1) — cheap with Frobenius maps — times (p^4 - p^2 + 1)/r, the "hard part", done
 * with the addition chain of Scott et al., "On the final exponentiation for calculating pairings on ordinary elliptic
 * curves" (2009), which needs only three exponentiations by the 63-bit BN parameter x.
 */
final class FinalExponentiation {
  private FinalExponentiation() {}

  static Fp12 apply(Fp12 f) {
    return hardPart(easyPart(f));
  }

  static Fp12 easyPart(Fp12 f) {
    Fp12 t = f.conjugate().mul(f.inverse()); // f^(p^6 - 1)
    return t.frobenius(2).mul(t); // t^(p^2 + 1)
  }

  /**
   * f^((p^4 - p^2 + 1)/r) for f in the cyclotomic subgroup, where the inverse is the conjugate and squaring has a
   * cheaper form; products of such elements stay in the subgroup.
   */
  static Fp12 hardPart(Fp12 f) {
    Fp12 fx = powX(f);
    Fp12 fx2 = powX(fx);
    Fp12 fx3 = powX(fx2);
    Fp12 y0 = f.frobenius(1).mul(f.frobenius(2)).mul(f.frobenius(3));
    Fp12 y1 = f.conjugate();
    Fp12 y2 = fx2.frobenius(2);
    Fp12 y3 = fx.frobenius(1).conjugate();
    Fp12 y4 = fx.mul(fx2.frobenius(1)).conjugate();
    Fp12 y5 = fx2.conjugate();
    Fp12 y6 = fx3.mul(fx3.frobenius(1)).conjugate();
    // y0 · y1^2 · y2^6 · y3^12 · y4^18 · y5^30 · y6^36
    Fp12 t0 = y6.cyclotomicSquare().mul(y4).mul(y5);
    Fp12 t1 = y3.mul(y5).mul(t0);
    t0 = t0.mul(y2);
    t1 = t1.cyclotomicSquare().mul(t0).cyclotomicSquare();
    t0 = t1.mul(y1);
    t1 = t1.mul(y0);
    return t0.cyclotomicSquare().mul(t1);
  }

  private static Fp12 powX(Fp12 f) {
    BigInteger x = Bn254.X;
    Fp12 result = f;
    for (int i = x.bitLength() - 2; i >= 0; i--) {
      result = result.cyclotomicSquare();
      if (x.testBit(i)) {
        result = result.mul(f);
      }
    }
    return result;
  }
}
