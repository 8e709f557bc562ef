package io.converge.crypto.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairingTest {
  private static final BigInteger R = Bn254.GROUP_ORDER;
  private static final BigInteger P = Bn254.FIELD_MODULUS;
  private final Random random = new Random(2019);

  private BigInteger scalar() {
    return new BigInteger(256, random).mod(R.subtract(BigInteger.ONE)).add(BigInteger.ONE);
  }

  @Test
  void isBilinear() {
    BigInteger a = scalar();
    BigInteger b = scalar();
    Fp12 base = Pairing.pair(G1Point.GENERATOR, G2Point.GENERATOR);
    Fp12 scaled = Pairing.pair(G1Point.GENERATOR.multiply(a), G2Point.GENERATOR.multiply(b));
    assertThat(scaled).isEqualTo(base.pow(a.multiply(b)));
  }

  @Test
  void isLinearInEachArgumentSeparately() {
    G1Point p1 = G1Point.GENERATOR.multiply(scalar());
    G1Point p2 = G1Point.GENERATOR.multiply(scalar());
    G2Point q = G2Point.GENERATOR.multiply(scalar());
    assertThat(Pairing.pair(p1.add(p2), q)).isEqualTo(Pairing.pair(p1, q).mul(Pairing.pair(p2, q)));
    G2Point q2 = G2Point.GENERATOR.multiply(scalar());
    assertThat(Pairing.pair(p1, q.add(q2))).isEqualTo(Pairing.pair(p1, q).mul(Pairing.pair(p1, q2)));
  }

  @Test
  void isNonDegenerateAndOfOrderR() {
    Fp12 e = Pairing.pair(G1Point.GENERATOR, G2Point.GENERATOR);
    assertThat(e.isOne()).isFalse();
    assertThat(e.pow(R).isOne()).isTrue();
  }

  @Test
  void productCheckAcceptsCancellingPairsAndRejectsOthers() {
    BigInteger a = scalar();
    BigInteger b = scalar();
    G1Point p = G1Point.GENERATOR.multiply(a);
    G2Point q = G2Point.GENERATOR.multiply(b);
    // e(aP, bQ) · e(-abP, Q) = 1
    G1Point minusAbP = G1Point.GENERATOR.multiply(a.multiply(b)).negate();
    assertThat(Pairing.productIsOne(List.of(new Pairing.Term(p, q), new Pairing.Term(minusAbP, G2Point.GENERATOR))))
        .isTrue();
    assertThat(Pairing.productIsOne(List.of(new Pairing.Term(p, q), new Pairing.Term(minusAbP.negate(), G2Point.GENERATOR))))
        .isFalse();
    assertThat(Pairing.productIsOne(List.of(new Pairing.Term(p, q)))).isFalse();
  }

  @Test
  void emptyProductAndPointsAtInfinityContributeOne() {
    assertThat(Pairing.productIsOne(List.of())).isTrue();
    assertThat(Pairing.productIsOne(List.of(new Pairing.Term(G1Point.INFINITY, G2Point.GENERATOR)))).isTrue();
    assertThat(Pairing.productIsOne(List.of(new Pairing.Term(G1Point.GENERATOR, G2Point.INFINITY)))).isTrue();
  }

  @Test
  void hardPartChainEqualsThePlainExponentiation() {
    BigInteger x = Bn254.X;
    BigInteger hard = P.pow(4).subtract(P.pow(2)).add(BigInteger.ONE);
    assertThat(hard.mod(R)).isZero();
    // The chain's exponent written as a polynomial in x and p equals (p^4 - p^2 + 1)/r exactly.
    BigInteger x2 = x.pow(2);
    BigInteger x3 = x.pow(3);
    BigInteger l0 = x3.multiply(BigInteger.valueOf(-36)).subtract(x2.multiply(BigInteger.valueOf(30)))
        .subtract(x.multiply(BigInteger.valueOf(18))).subtract(BigInteger.TWO);
    BigInteger l1 = x3.multiply(BigInteger.valueOf(-36)).subtract(x2.multiply(BigInteger.valueOf(18)))
        .subtract(x.multiply(BigInteger.valueOf(12))).add(BigInteger.ONE);
    BigInteger l2 = x2.multiply(BigInteger.valueOf(6)).add(BigInteger.ONE);
    BigInteger lambda = P.pow(3).add(l2.multiply(P.pow(2))).add(l1.multiply(P)).add(l0);
    assertThat(lambda).isEqualTo(hard.divide(R));

    Fp12 f = FinalExponentiation.easyPart(new Fp12(
        new Fp6(new Fp2(Fp.of(3), Fp.of(5)), new Fp2(Fp.of(7), Fp.of(11)), new Fp2(Fp.of(13), Fp.of(17))),
        new Fp6(new Fp2(Fp.of(19), Fp.of(23)), new Fp2(Fp.of(29), Fp.of(31)), new Fp2(Fp.of(37), Fp.of(41)))));
    assertThat(FinalExponentiation.hardPart(f)).isEqualTo(f.pow(hard.divide(R)));
  }
}
