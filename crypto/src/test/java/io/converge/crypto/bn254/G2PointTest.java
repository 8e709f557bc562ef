package io.converge.crypto.bn254;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class G2PointTest {
  private static final BigInteger R = Bn254.GROUP_ORDER;
  private static final BigInteger P = Bn254.FIELD_MODULUS;

  @Test
  void generatorIsOnTheTwistWithOrderR() throws InvalidPointException {
    assertThat(G2Point.decode(G2Point.GENERATOR.encode(), 0)).isEqualTo(G2Point.GENERATOR);
    assertThat(G2Point.CURVE.multiply(G2Point.GENERATOR.toJacobian(), R).isInfinity()).isTrue();
  }

  @Test
  void encodesTheImaginaryPartFirst() {
    byte[] enc = G2Point.GENERATOR.encode();
    // EIP-197: x = x_im·i + x_re is written (x_im, x_re).
    assertThat(new BigInteger(1, java.util.Arrays.copyOfRange(enc, 0, 32))).isEqualTo(
        new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634"));
    assertThat(new BigInteger(1, java.util.Arrays.copyOfRange(enc, 32, 64))).isEqualTo(
        new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781"));
  }

  @Test
  void groupLawIsConsistent() {
    G2Point g = G2Point.GENERATOR;
    G2Point seven = g.multiply(BigInteger.valueOf(7));
    assertThat(g.multiply(BigInteger.valueOf(3)).add(g.multiply(BigInteger.valueOf(4)))).isEqualTo(seven);
    assertThat(seven.add(seven.negate()).isInfinity()).isTrue();
    assertThat(g.add(g)).isEqualTo(g.multiply(BigInteger.TWO));
    assertThat(g.multiply(R.add(BigInteger.ONE))).isEqualTo(g);
  }

  @Test
  void rejectsPointsOnTheTwistOutsideTheSubgroup() {
    AffinePoint<Fp2> q = twistPointOutsideG2();
    assertThat(G2Point.CURVE.isOnCurve(q.x(), q.y())).isTrue();
    assertThatThrownBy(() -> G2Point.of(
            q.x().c0.toBigInteger(), q.x().c1.toBigInteger(), q.y().c0.toBigInteger(), q.y().c1.toBigInteger()))
        .isInstanceOf(InvalidPointException.class)
        .hasMessageContaining("subgroup");
  }

  @Test
  void rejectsPointsOffTheTwist() {
    byte[] enc = G2Point.GENERATOR.encode();
    enc[127] ^= 1;
    assertThatThrownBy(() -> G2Point.decode(enc, 0))
        .isInstanceOf(InvalidPointException.class)
        .hasMessageContaining("not on the twist");
  }

  @Test
  void rejectsCoordinatesNotBelowTheModulus() {
    for (int word = 0; word < 4; word++) {
      byte[] enc = G2Point.GENERATOR.encode();
      byte[] original = java.util.Arrays.copyOfRange(enc, word * 32, word * 32 + 32);
      System.arraycopy(FpTest.toWord(new BigInteger(1, original).add(P)), 0, enc, word * 32, 32);
      int w = word;
      assertThatThrownBy(() -> G2Point.decode(enc, 0))
          .as("word %d", w)
          .isInstanceOf(InvalidPointException.class)
          .hasMessageContaining("not below the field modulus");
    }
  }

  @Test
  void allZeroEncodingIsInfinity() throws InvalidPointException {
    assertThat(G2Point.decode(new byte[128], 0).isInfinity()).isTrue();
    assertThat(G2Point.INFINITY.encode()).isEqualTo(new byte[128]);
  }

  @Test
  void fastSubgroupCheckAgreesWithMultiplicationByTheOrder() {
    ShortWeierstrassCurve<Fp2> curve = G2Point.CURVE;
    List<JacobianPoint<Fp2>> candidates = new ArrayList<>();
    for (long k : new long[] {1, 2, 3, 1_000_003, Long.MAX_VALUE}) {
      candidates.add(G2Point.GENERATOR.multiply(BigInteger.valueOf(k)).toJacobian());
    }
    JacobianPoint<Fp2> g = G2Point.GENERATOR.toJacobian();
    for (int start = 1; candidates.size() < 40; start++) {
      AffinePoint<Fp2> found = twistPoint(start);
      if (found == null) {
        continue;
      }
      JacobianPoint<Fp2> random = curve.fromAffine(found);
      // [r]R keeps only R's component of cofactor order: the points most likely to fool a shortcut.
      JacobianPoint<Fp2> cofactorPart = curve.multiply(random, R);
      candidates.add(random);
      candidates.add(cofactorPart);
      candidates.add(curve.add(g, cofactorPart));
      candidates.add(curve.multiply(random, BigInteger.valueOf(start)));
    }
    int outside = 0;
    for (JacobianPoint<Fp2> c : candidates) {
      boolean expected = curve.multiply(c, R).isInfinity();
      assertThat(G2Point.isInSubgroup(c)).as("%s", c).isEqualTo(expected);
      outside += expected ? 0 : 1;
    }
    assertThat(outside).isGreaterThan(20);
  }

  @Test
  void psiActsOnG2AsMultiplicationByP() {
    JacobianPoint<Fp2> q = G2Point.GENERATOR.multiply(BigInteger.valueOf(12345)).toJacobian();
    assertThat(G2Point.CURVE.equal(G2Point.psi(q), G2Point.CURVE.multiply(q, P.mod(R)))).isTrue();
  }

  /** Finds a twist point by trying x = 1, 2, … and taking a square root in F_p^2; its order is not r. */
  static AffinePoint<Fp2> twistPointOutsideG2() {
    for (int i = 1; ; i++) {
      AffinePoint<Fp2> q = twistPoint(i);
      if (q != null && !G2Point.CURVE.multiply(G2Point.CURVE.fromAffine(q), R).isInfinity()) {
        return q;
      }
    }
  }

  /** The twist point with x = i + u, or null when x^3 + b' is not a square. */
  private static AffinePoint<Fp2> twistPoint(int i) {
    Fp2 x = new Fp2(Fp.of(i), Fp.ONE);
    Fp2 y = sqrt(x.square().mul(x).add(G2Point.CURVE.b()));
    return y == null ? null : new AffinePoint<>(x, y);
  }

  /** Square root in F_p^2 for p = 3 mod 4 (Adj and Rodríguez-Henríquez, algorithm 9), or null for a non-square. */
  private static Fp2 sqrt(Fp2 a) {
    Fp2 a1 = a.pow(P.subtract(BigInteger.valueOf(3)).shiftRight(2));
    Fp2 alpha = a1.mul(a1).mul(a);
    Fp2 a0 = alpha.conjugate().mul(alpha);
    if (a0.equals(Fp2.ONE.negate())) {
      return null;
    }
    Fp2 x0 = a1.mul(a);
    Fp2 root = alpha.equals(Fp2.ONE.negate())
        ? x0.mul(new Fp2(Fp.ZERO, Fp.ONE))
        : alpha.add(Fp2.ONE).pow(P.subtract(BigInteger.ONE).shiftRight(1)).mul(x0);
    return root.square().equals(a) ? root : null;
  }
}
