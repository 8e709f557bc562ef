package io.converge.crypto.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Field axioms and the optimised formulas checked against the plain ones, on seeded random elements. */
class ExtensionFieldTest {
  private static final BigInteger P = Fp.MODULUS;
  private final Random random = new Random(197);

  private Fp fp() {
    return Fp.of(new BigInteger(256, random));
  }

  private Fp2 fp2() {
    return new Fp2(fp(), fp());
  }

  private Fp6 fp6() {
    return new Fp6(fp2(), fp2(), fp2());
  }

  private Fp12 fp12() {
    return new Fp12(fp6(), fp6());
  }

  @RepeatedTest(5)
  void fp2IsAFieldWithUSquaredMinusOne() {
    Fp2 a = fp2();
    Fp2 b = fp2();
    Fp2 c = fp2();
    Fp2 u = new Fp2(Fp.ZERO, Fp.ONE);
    assertThat(u.square()).isEqualTo(Fp2.ONE.negate());
    assertThat(a.mul(b.add(c))).isEqualTo(a.mul(b).add(a.mul(c)));
    assertThat(a.square()).isEqualTo(a.mul(a));
    assertThat(a.mul(a.inverse())).isEqualTo(Fp2.ONE);
    assertThat(a.mulByXi()).isEqualTo(a.mul(Fp2.XI));
    assertThat(a.pow(P)).isEqualTo(a.conjugate());
  }

  @RepeatedTest(5)
  void fp6IsAFieldWithVCubedXi() {
    Fp6 a = fp6();
    Fp6 b = fp6();
    Fp6 c = fp6();
    Fp6 v = new Fp6(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);
    assertThat(v.mul(v).mul(v)).isEqualTo(new Fp6(Fp2.XI, Fp2.ZERO, Fp2.ZERO));
    assertThat(a.mul(b.add(c))).isEqualTo(a.mul(b).add(a.mul(c)));
    assertThat(a.mul(b)).isEqualTo(b.mul(a));
    assertThat(a.square()).isEqualTo(a.mul(a));
    assertThat(a.mulByV()).isEqualTo(a.mul(v));
    assertThat(a.mul(a.inverse())).isEqualTo(Fp6.ONE);
    Fp2 b0 = fp2();
    Fp2 b1 = fp2();
    assertThat(a.mulBy01(b0, b1)).isEqualTo(a.mul(new Fp6(b0, b1, Fp2.ZERO)));
  }

  @RepeatedTest(5)
  void fp12IsAFieldWithWSquaredV() {
    Fp12 a = fp12();
    Fp12 b = fp12();
    Fp12 w = new Fp12(Fp6.ZERO, Fp6.ONE);
    assertThat(w.mul(w)).isEqualTo(new Fp12(new Fp6(Fp2.ZERO, Fp2.ONE, Fp2.ZERO), Fp6.ZERO));
    assertThat(a.mul(b)).isEqualTo(b.mul(a));
    assertThat(a.square()).isEqualTo(a.mul(a));
    assertThat(a.mul(a.inverse())).isEqualTo(Fp12.ONE);
    Fp2 l0 = fp2();
    Fp2 l1 = fp2();
    Fp2 l3 = fp2();
    Fp12 line = new Fp12(new Fp6(l0, Fp2.ZERO, Fp2.ZERO), new Fp6(l1, l3, Fp2.ZERO));
    assertThat(a.mulByLine(l0, l1, l3)).isEqualTo(a.mul(line));
  }

  @RepeatedTest(3)
  void cyclotomicSquaringMatchesSquaringInTheCyclotomicSubgroup() {
    Fp12 f = FinalExponentiation.easyPart(fp12());
    assertThat(f.conjugate().mul(f)).as("norm 1").isEqualTo(Fp12.ONE);
    assertThat(f.cyclotomicSquare()).isEqualTo(f.square());
    assertThat(f.cyclotomicSquare().cyclotomicSquare()).isEqualTo(f.square().square());
  }

  @Test
  void frobeniusIsThePPowerMap() {
    Fp12 a = fp12();
    Fp12 ap = a.pow(P);
    assertThat(a.frobenius(1)).isEqualTo(ap);
    assertThat(a.frobenius(2)).isEqualTo(ap.pow(P));
    assertThat(a.frobenius(3)).isEqualTo(a.frobenius(2).frobenius(1));
    assertThat(a.conjugate()).isEqualTo(a.frobenius(3).frobenius(3));
  }
}
