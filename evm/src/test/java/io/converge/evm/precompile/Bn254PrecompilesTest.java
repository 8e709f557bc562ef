package io.converge.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.bn254.Bn254;
import io.converge.crypto.bn254.G1Point;
import io.converge.crypto.bn254.G2Point;
import io.converge.types.Fork;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Bn254PrecompilesTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final Precompiles ISTANBUL = Precompiles.forFork(Fork.ISTANBUL);
  private static final PrecompiledContract ADD = ISTANBUL.get(Precompiles.BN254_ADD).orElseThrow();
  private static final PrecompiledContract MUL = ISTANBUL.get(Precompiles.BN254_MUL).orElseThrow();
  private static final PrecompiledContract PAIRING = ISTANBUL.get(Precompiles.BN254_PAIRING).orElseThrow();
  private static final String G1 =
      "00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002";
  private static final String G2 =
      "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
          + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
  private static final String INFINITY_G1 =
      "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
  private static final String MINUS_G2 =
      "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
          + "275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d";

  /** EIP-196 vectors, including inputs shorter and longer than 128 bytes. */
  @ParameterizedTest(name = "add {0}")
  @CsvSource({
    "chfast1, 18b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f3726607c2b7f58a84bd6145f00c9c2bc0bb1a187f20ff2c92963a88019e7c6a014eed06614e20c147e940f2d70da3f74c9a17df361706a4485c742bd6788478fa17d7,"
        + " 2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c915",
    "empty input, '', 00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    "generator plus nothing (short input), " + G1 + ", " + G1,
    "generator doubled with trailing bytes, " + G1 + G1 + "ffffffff, 030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4",
  })
  void addsPoints(String name, String input, String expected) {
    assertThat(output(ADD.compute(HEX.parseHex(input)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "mul {0}")
  @CsvSource({
    "chfast1, 2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb20400000000000000000000000000000000000000000000000011138ce750fa15c2,"
        + " 070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc",
    "chfast2 (scalar p-1), 070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd46,"
        + " 025a6f4181d2b4ea8b724290ffb40156eb0adb514c688556eb79cdea0752c2bb2eff3f31dea215f1eb86023a133a996eb6300b44da664d64251d05381bb8a02e",
    "cdetrio6 (scalar 2^256-1), 17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa901e0559bacb160664764a357af8a9fe70baa9258e0b959273ffc5718c6d4cc7cffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,"
        + " 29e587aadd7c06722aabba753017c093f70ba7eb1f1c0104ec0564e7e3e21f6022b1143f6a41008e7755c71c3d00b6b915d386de21783ef590486d8afa8453b1",
    "missing scalar reads as zero, " + G1 + ", 00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
  })
  void multipliesPoints(String name, String input, String expected) {
    assertThat(output(MUL.compute(HEX.parseHex(input)))).isEqualTo(expected);
  }

  @Test
  void failsOnInvalidG1Points() {
    String offCurve = G1.substring(0, 126) + "03";
    String xIsP = Bn254.FIELD_MODULUS.toString(16) + G1.substring(64);
    assertThat(ADD.compute(HEX.parseHex(offCurve + G1))).isInstanceOf(PrecompileResult.Failure.class);
    assertThat(ADD.compute(HEX.parseHex(G1 + xIsP))).isInstanceOf(PrecompileResult.Failure.class);
    assertThat(MUL.compute(HEX.parseHex(offCurve + "00".repeat(31) + "02"))).isInstanceOf(PrecompileResult.Failure.class);
    assertThat(PAIRING.compute(HEX.parseHex(offCurve + G2))).isInstanceOf(PrecompileResult.Failure.class);
  }

  /** EIP-197 vectors: true and false products, the empty product, and a ten-pair product. */
  @ParameterizedTest(name = "pairing {0}")
  @CsvSource({
    "jeff1, 1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a416782bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c2032c61a830e3c17286de9462bf242fca2883585b93870a73853face6a6bf411198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa, 1",
    "jeff6, 1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a416782bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c103188585e2364128fe25c70558f1560f4f9350baf3959e603cc91486e110936198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa, 0",
    "empty, '', 1",
    "one point, " + G1 + G2 + ", 0",
    "two point match, " + G1 + G2 + G1 + MINUS_G2 + ", 1",
    "infinity pairs, " + INFINITY_G1 + G2 + ", 1",
  })
  void checksPairingProducts(String name, String input, int expected) {
    byte[] out = ((PrecompileResult.Success) PAIRING.compute(HEX.parseHex(input))).output();
    assertThat(out).hasSize(32);
    assertThat(new BigInteger(1, out)).isEqualTo(BigInteger.valueOf(expected));
  }

  @Test
  void checksTenPairs() {
    String pairs = (G1 + G2 + G1 + MINUS_G2).repeat(5);
    assertThat(output(PAIRING.compute(HEX.parseHex(pairs)))).endsWith("01");
    assertThat(PAIRING.gasCost(HEX.parseHex(pairs))).isEqualTo(45_000 + 10 * 34_000);
  }

  @Test
  void failsOnLengthsNotAMultipleOf192() {
    byte[] valid = HEX.parseHex(G1 + G2);
    assertThat(PAIRING.compute(Arrays.copyOf(valid, 191))).isInstanceOf(PrecompileResult.Failure.class);
    assertThat(PAIRING.compute(Arrays.copyOf(valid, 193))).isInstanceOf(PrecompileResult.Failure.class);
    assertThat(PAIRING.gasCost(Arrays.copyOf(valid, 193))).isEqualTo(45_000 + 34_000);
  }

  @Test
  void failsOnG2PointsOffTheTwistOrNotCanonical() {
    String offTwist = G2.substring(0, 254) + "ab";
    assertThat(PAIRING.compute(HEX.parseHex(G1 + offTwist))).isInstanceOf(PrecompileResult.Failure.class);
    String imaginaryX = new BigInteger(G2.substring(0, 64), 16).add(Bn254.FIELD_MODULUS).toString(16);
    assertThat(imaginaryX).hasSize(64);
    assertThat(PAIRING.compute(HEX.parseHex(G1 + imaginaryX + G2.substring(64)))).isInstanceOf(PrecompileResult.Failure.class);
    // A bad G2 point fails the call even when its G1 partner is infinity.
    assertThat(PAIRING.compute(HEX.parseHex("00".repeat(64) + offTwist))).isInstanceOf(PrecompileResult.Failure.class);
  }

  @Test
  void swappingTheG2CoordinateOrderBreaksTheEncoding() {
    // EIP-197 puts the imaginary part first; the real-part-first encoding of the generator is not on the twist.
    G2Point g = G2Point.GENERATOR;
    byte[] enc = g.encode();
    byte[] swapped = new byte[128];
    System.arraycopy(enc, 32, swapped, 0, 32);
    System.arraycopy(enc, 0, swapped, 32, 32);
    System.arraycopy(enc, 96, swapped, 64, 32);
    System.arraycopy(enc, 64, swapped, 96, 32);
    byte[] input = new byte[192];
    System.arraycopy(G1Point.GENERATOR.encode(), 0, input, 0, 64);
    System.arraycopy(swapped, 0, input, 64, 128);
    assertThat(PAIRING.compute(input)).isInstanceOf(PrecompileResult.Failure.class);
  }

  private static String output(PrecompileResult result) {
    return HEX.formatHex(((PrecompileResult.Success) result).output());
  }
}
