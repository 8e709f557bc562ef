package io.converge.crypto.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FpTest {
  private static final BigInteger P = Fp.MODULUS;

  /** Edge values that stress carries and the final conditional subtraction, plus seeded random ones. */
  static Stream<BigInteger> operands() {
    List<BigInteger> values = new ArrayList<>(List.of(
        BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, P.subtract(BigInteger.ONE), P.subtract(BigInteger.TWO),
        P.shiftRight(1), P.shiftRight(1).add(BigInteger.ONE), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(192), BigInteger.ONE.shiftLeft(253)));
    Random random = new Random(196);
    for (int i = 0; i < 40; i++) {
      values.add(new BigInteger(254, random).mod(P));
    }
    return values.stream();
  }

  @ParameterizedTest
  @MethodSource("operands")
  void arithmeticMatchesBigIntegerModP(BigInteger a) {
    Fp fa = Fp.of(a);
    operands().forEach(b -> {
      Fp fb = Fp.of(b);
      assertThat(fa.add(fb).toBigInteger()).as("%s + %s", a, b).isEqualTo(a.add(b).mod(P));
      assertThat(fa.sub(fb).toBigInteger()).as("%s - %s", a, b).isEqualTo(a.subtract(b).mod(P));
      assertThat(fa.mul(fb).toBigInteger()).as("%s * %s", a, b).isEqualTo(a.multiply(b).mod(P));
    });
    assertThat(fa.square().toBigInteger()).isEqualTo(a.multiply(a).mod(P));
    assertThat(fa.negate().toBigInteger()).isEqualTo(a.negate().mod(P));
    assertThat(fa.twice().toBigInteger()).isEqualTo(a.shiftLeft(1).mod(P));
    if (a.signum() != 0) {
      assertThat(fa.inverse().mul(fa)).isEqualTo(Fp.ONE);
    }
  }

  @Test
  void roundTripsThroughCanonicalBytes() {
    operands().forEach(v -> {
      byte[] out = new byte[32];
      Fp.of(v).writeBytes(out, 0);
      assertThat(new BigInteger(1, out)).isEqualTo(v);
      assertThat(Fp.fromCanonicalBytes(out, 0)).isEqualTo(Fp.of(v));
    });
  }

  @Test
  void rejectsEncodingsNotBelowTheModulus() {
    for (BigInteger v : List.of(P, P.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE))) {
      byte[] word = toWord(v);
      assertThat(Fp.fromCanonicalBytes(word, 0)).as("%s", v).isNull();
    }
    assertThat(Fp.fromCanonicalBytes(toWord(P.subtract(BigInteger.ONE)), 0)).isNotNull();
  }

  @Test
  void reducesAnyIntegerIntoTheField() {
    assertThat(Fp.of(P.add(BigInteger.valueOf(5)))).isEqualTo(Fp.of(5));
    assertThat(Fp.of(-1)).isEqualTo(Fp.ONE.negate());
    assertThat(Fp.of(7).pow(P.subtract(BigInteger.ONE))).isEqualTo(Fp.ONE);
  }

  static byte[] toWord(BigInteger v) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return out;
  }
}
