package io.converge.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigInteger;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModExpPrecompileTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final String P = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";
  private static final String P_MINUS_1 = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e";
  /** EIP-198 example 1: 3^(p-1) mod p = 1 (Fermat) for the secp256k1 field prime, base given in a single byte. */
  static final byte[] EIP_EXAMPLE_1 = HEX.parseHex(lengths(1, 32, 32) + "03" + P_MINUS_1 + P);

  private final ModExpPrecompile byzantium = new ModExpPrecompile(ModExpPricing.EIP_198);
  private final ModExpPrecompile berlin = new ModExpPrecompile(ModExpPricing.EIP_2565);

  /** EIP-198 examples and the nagydani vectors, with gas under EIP-198 and EIP-2565. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "eip example 1, 0000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000200"
        + "3fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2efffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f,"
        + " 0000000000000000000000000000000000000000000000000000000000000001, 13056, 1360",
    "eip example 2 (empty base), 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000020"
        + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2efffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f,"
        + " 0000000000000000000000000000000000000000000000000000000000000000, 13056, 1360",
    "nagydani-1-square, 000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000040"
        + "e09ad9675465c53a109fac66a445c91b292d2bb2c5268addb30cd82f80fcb0033ff97c80a5fc6f39193ae969c6ede6710a6b7ac27078a06d90ef1c72e5c85fb502fc9e1f6beb81516545975218075ec2af118cd8798df6e08a147c60fd6095ac2bb02c2908cf4dd7c81f11c289e4bce98f3553768f392a80ce22bf5c4f4a248c6b,"
        + " 60008f1614cc01dcfb6bfb09c625cf90b47d4468db81b5f8b7a39d42f332eab9b2da8f2d95311648a8f243f4bb13cfb3d8f7f2a3c014122ebb3ed41b02783adc, 204, 200",
    "nagydani-1-qube, 000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000040"
        + "e09ad9675465c53a109fac66a445c91b292d2bb2c5268addb30cd82f80fcb0033ff97c80a5fc6f39193ae969c6ede6710a6b7ac27078a06d90ef1c72e5c85fb503fc9e1f6beb81516545975218075ec2af118cd8798df6e08a147c60fd6095ac2bb02c2908cf4dd7c81f11c289e4bce98f3553768f392a80ce22bf5c4f4a248c6b,"
        + " 4834a46ba565db27903b1c720c9d593e84e4cbd6ad2e64b31885d944f68cd801f92225a8961c952ddf2797fa4701b330c85c4b363798100b921a1a22a46a7fec, 204, 200",
    "nagydani-1-pow0x10001, 000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000030000000000000000000000000000000000000000000000000000000000000040"
        + "e09ad9675465c53a109fac66a445c91b292d2bb2c5268addb30cd82f80fcb0033ff97c80a5fc6f39193ae969c6ede6710a6b7ac27078a06d90ef1c72e5c85fb5010001fc9e1f6beb81516545975218075ec2af118cd8798df6e08a147c60fd6095ac2bb02c2908cf4dd7c81f11c289e4bce98f3553768f392a80ce22bf5c4f4a248c6b,"
        + " c36d804180c35d4426b57b50c5bfcca5c01856d104564cd513b461d3c8b8409128a5573e416d0ebe38f5f736766d9dc27143e4da981dfa4d67f7dc474cbee6d2, 3276, 341",
  })
  void computesAndPricesKnownVectors(String name, String input, String expected, long byzantiumGas, long berlinGas) {
    byte[] in = HEX.parseHex(input);
    assertThat(HEX.formatHex(((PrecompileResult.Success) berlin.compute(in)).output())).isEqualTo(expected);
    assertThat(byzantium.gasCost(in)).isEqualTo(byzantiumGas);
    assertThat(berlin.gasCost(in)).isEqualTo(berlinGas);
  }

  @Test
  void exampleOneWithAOneByteBaseIsFermat() {
    assertThat(((PrecompileResult.Success) berlin.compute(EIP_EXAMPLE_1)).output())
        .isEqualTo(HEX.parseHex("00".repeat(31) + "01"));
  }

  @Test
  void zeroModulusGivesZerosOfTheModulusLength() {
    byte[] in = HEX.parseHex(lengths(1, 1, 4) + "05" + "03" + "00000000");
    assertThat(berlin.compute(in)).isEqualTo(PrecompileResult.success(new byte[4]));
  }

  @Test
  void zeroModulusLengthGivesEmptyOutput() {
    assertThat(berlin.compute(HEX.parseHex(lengths(1, 1, 0) + "0503"))).isEqualTo(PrecompileResult.success(new byte[0]));
    assertThat(berlin.compute(new byte[0])).isEqualTo(PrecompileResult.success(new byte[0]));
    assertThat(byzantium.gasCost(new byte[0])).isZero();
    assertThat(berlin.gasCost(new byte[0])).isEqualTo(200);
  }

  @Test
  void readsMissingOperandBytesAsZeros() {
    // base 2, exponent 0x03 then cut: the modulus 0x0100 is read as 0x01 followed by a padded zero byte.
    byte[] in = HEX.parseHex(lengths(1, 1, 2) + "02" + "03" + "01");
    assertThat(berlin.compute(in)).isEqualTo(PrecompileResult.success(HEX.parseHex("0008")));
  }

  @Test
  void handlesEvenModuliAndEdgeExponents() {
    Random random = new Random(198);
    for (int i = 0; i < 200; i++) {
      BigInteger base = new BigInteger(1 + random.nextInt(300), random);
      BigInteger exponent = new BigInteger(random.nextInt(200), random);
      BigInteger modulus = new BigInteger(1 + random.nextInt(300), random).shiftLeft(random.nextInt(3));
      if (modulus.signum() == 0) {
        continue;
      }
      int modLen = (modulus.bitLength() + 7) / 8 + random.nextInt(3);
      byte[] b = Input.unsigned(base, (base.bitLength() + 7) / 8 + 1);
      byte[] e = Input.unsigned(exponent, Math.max(1, (exponent.bitLength() + 7) / 8));
      byte[] m = Input.unsigned(modulus, modLen);
      byte[] in = HEX.parseHex(lengths(b.length, e.length, m.length) + HEX.formatHex(b) + HEX.formatHex(e) + HEX.formatHex(m));
      BigInteger expected = squareAndMultiply(base, exponent, modulus);
      assertThat(berlin.compute(in)).isEqualTo(PrecompileResult.success(Input.unsigned(expected, modLen)));
    }
  }

  @Test
  void pricesHugeDeclaredLengthsWithoutAllocatingThem() {
    String huge = "ff".repeat(32);
    byte[] hugeBase = HEX.parseHex(huge + word(1) + word(1));
    byte[] hugeModulus = HEX.parseHex(word(1) + word(1) + huge);
    byte[] hugeExponent = HEX.parseHex(word(1) + huge + word(1));
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (byte[] in : new byte[][] {hugeBase, hugeModulus, hugeExponent}) {
        assertThat(byzantium.gasCost(in)).isEqualTo(Long.MAX_VALUE);
        assertThat(berlin.gasCost(in)).isEqualTo(Long.MAX_VALUE);
        assertThatCode(() -> berlin.compute(in)).doesNotThrowAnyException();
      }
    });
    assertThat(berlin.compute(hugeModulus)).isInstanceOf(PrecompileResult.Failure.class);
  }

  @Test
  void hugeExponentWithEmptyBaseAndModulusIsCheapAndEmpty() {
    byte[] in = HEX.parseHex(word(0) + "ff".repeat(32) + word(0));
    assertThat(byzantium.gasCost(in)).isZero();
    assertThat(berlin.gasCost(in)).isEqualTo(200);
    assertThat(berlin.compute(in)).isEqualTo(PrecompileResult.success(new byte[0]));
  }

  @Test
  void adjustedExponentLengthCountsBitsPastTheFirstWord() {
    // 40-byte exponent whose first byte is 0x01: 8 * (40 - 32) + 248 (index of the top bit in the first 32 bytes).
    String exponent = "01" + "00".repeat(39);
    byte[] in = HEX.parseHex(lengths(1, 40, 1) + "02" + exponent + "07");
    assertThat(ModExpPrecompile.adjustedExponentLength(in, BigInteger.ONE, BigInteger.valueOf(40)))
        .isEqualTo(BigInteger.valueOf(64 + 248));
    // Berlin: ceil(1/8)^2 * 312 / 3 = 104, below the 200 floor.
    assertThat(berlin.gasCost(in)).isEqualTo(200);
    // An exponent word that lies past the end of the input counts as zero.
    byte[] cut = HEX.parseHex(lengths(1, 40, 1) + "02");
    assertThat(ModExpPrecompile.adjustedExponentLength(cut, BigInteger.ONE, BigInteger.valueOf(40)))
        .isEqualTo(BigInteger.valueOf(64));
  }

  /** Independent of BigInteger.modPow, to check it on even moduli too. */
  private static BigInteger squareAndMultiply(BigInteger base, BigInteger exponent, BigInteger modulus) {
    BigInteger result = BigInteger.ONE.mod(modulus);
    BigInteger b = base.mod(modulus);
    for (int i = exponent.bitLength() - 1; i >= 0; i--) {
      result = result.multiply(result).mod(modulus);
      if (exponent.testBit(i)) {
        result = result.multiply(b).mod(modulus);
      }
    }
    return result;
  }

  static String lengths(int base, int exponent, int modulus) {
    return word(base) + word(exponent) + word(modulus);
  }

  private static String word(long v) {
    return String.format("%064x", v);
  }
}
