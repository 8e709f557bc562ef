package io.converge.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SignatureTest {
  private static final BigInteger N = Secp256k1.CURVE_ORDER;
  private static final BigInteger HALF = Secp256k1.HALF_CURVE_ORDER;

  @Test
  void halfOrderIsFloorOfNOverTwo() {
    assertThat(HALF)
        .isEqualTo(new BigInteger("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0", 16));
  }

  @Test
  void rejectsValuesThatAreNotUnsigned256BitIntegers() {
    BigInteger tooWide = BigInteger.ONE.shiftLeft(256);
    assertThatThrownBy(() -> new Signature(BigInteger.ONE.negate(), BigInteger.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r must be");
    assertThatThrownBy(() -> new Signature(BigInteger.ONE, tooWide, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s must be");
    assertThatThrownBy(() -> new Signature(BigInteger.ONE, BigInteger.ONE, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 4");
    assertThatThrownBy(() -> new Signature(null, BigInteger.ONE, 0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void holdsOutOfRangeScalarsSoThatCallersCanJudgeThem() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    assertThat(new Signature(max, BigInteger.ZERO, 3).scalarsInRange()).isFalse();
    assertThat(new Signature(N, BigInteger.ONE, 0).scalarsInRange()).isFalse();
    assertThat(new Signature(BigInteger.ONE, N, 0).scalarsInRange()).isFalse();
    assertThat(new Signature(BigInteger.ZERO, BigInteger.ONE, 0).scalarsInRange()).isFalse();
    assertThat(new Signature(N.subtract(BigInteger.ONE), BigInteger.ONE, 0).scalarsInRange())
        .isTrue();
  }

  @Test
  void lowSEndsAtHalfTheOrder() {
    assertThat(new Signature(BigInteger.ONE, HALF, 0).hasLowS()).isTrue();
    assertThat(new Signature(BigInteger.ONE, HALF.add(BigInteger.ONE), 0).hasLowS()).isFalse();
  }

  @Test
  void flippingSNegatesItAndTheYParity() {
    Signature sig = new Signature(BigInteger.TEN, BigInteger.valueOf(3), 2);

    Signature flipped = sig.withFlippedS();

    assertThat(flipped).isEqualTo(new Signature(BigInteger.TEN, N.subtract(BigInteger.valueOf(3)), 3));
    assertThat(flipped.withFlippedS()).isEqualTo(sig);
  }

  @Test
  void refusesToFlipAnSOutsideTheGroup() {
    assertThatThrownBy(() -> new Signature(BigInteger.ONE, BigInteger.ZERO, 0).withFlippedS())
        .isInstanceOf(IllegalStateException.class);
  }
}
