package io.converge.crypto.bn254;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class G1PointTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final BigInteger R = Bn254.GROUP_ORDER;
  private static final BigInteger P = Bn254.FIELD_MODULUS;

  /** EIP-196 conformance vectors shared by Ethereum clients: a + b = sum. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "chfast1, 18b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f37266,"
        + " 07c2b7f58a84bd6145f00c9c2bc0bb1a187f20ff2c92963a88019e7c6a014eed06614e20c147e940f2d70da3f74c9a17df361706a4485c742bd6788478fa17d7,"
        + " 2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c915",
    "generator doubled, 00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002,"
        + " 00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002,"
        + " 030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4",
    "opposite points, 17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa901e0559bacb160664764a357af8a9fe70baa9258e0b959273ffc5718c6d4cc7c,"
        + " 17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa92e83f8d734803fc370eba25ed1f6b8768bd6d83887b87165fc2434fe11a830cb,"
        + " 00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
  })
  void addsKnownVectors(String name, String a, String b, String sum) throws InvalidPointException {
    G1Point pa = G1Point.decode(HEX.parseHex(a), 0);
    G1Point pb = G1Point.decode(HEX.parseHex(b), 0);
    assertThat(HEX.formatHex(pa.add(pb).encode())).isEqualTo(sum);
  }

  /** EIP-196 conformance vectors: k · point = product, including scalars at and above r. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "chfast1, 2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb204,"
        + " 00000000000000000000000000000000000000000000000011138ce750fa15c2,"
        + " 070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc",
    "scalar 2^256-1, 1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6,"
        + " ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,"
        + " 2cde5879ba6f13c0b5aa4ef627f159a3347df9722efce88a9afbb20b763b4c411aa7e43076f6aee272755a7f9b84832e71559ba0d2e0b17d5f9f01755e5b0d11",
    "scalar r-1, 1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6,"
        + " 30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000,"
        + " 1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe3163511ddc1c3f25d396745388200081287b3fd1472d8339d5fecb2eae0830451",
    "scalar 9, 039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98,"
        + " 0000000000000000000000000000000000000000000000000000000000000009,"
        + " 19f75b9dd68c080a688774a6213f131e3052bd353a304a189d7a2ee367e3c2582612f545fb9fc89fde80fd81c68fc7dcb27fea5fc124eeda69433cf5c46d2d7f",
  })
  void multipliesKnownVectors(String name, String point, String scalar, String product) throws InvalidPointException {
    G1Point p = G1Point.decode(HEX.parseHex(point), 0);
    assertThat(HEX.formatHex(p.multiply(new BigInteger(scalar, 16)).encode())).isEqualTo(product);
  }

  @Test
  void generatorHasOrderR() {
    assertThat(G1Point.GENERATOR.multiply(R).isInfinity()).isTrue();
    assertThat(G1Point.GENERATOR.multiply(R.subtract(BigInteger.ONE))).isEqualTo(G1Point.GENERATOR.negate());
    assertThat(G1Point.GENERATOR.multiply(BigInteger.ZERO)).isEqualTo(G1Point.INFINITY);
  }

  @Test
  void groupLawIsConsistent() {
    G1Point g = G1Point.GENERATOR;
    G1Point five = g.multiply(BigInteger.valueOf(5));
    assertThat(g.add(g).add(g).add(g).add(g)).isEqualTo(five);
    assertThat(five.add(five.negate())).isEqualTo(G1Point.INFINITY);
    assertThat(five.add(G1Point.INFINITY)).isEqualTo(five);
    assertThat(G1Point.INFINITY.add(five)).isEqualTo(five);
    assertThat(g.multiply(BigInteger.valueOf(3)).add(g.multiply(BigInteger.TWO))).isEqualTo(five);
  }

  @Test
  void encodingRoundTrips() throws InvalidPointException {
    G1Point p = G1Point.GENERATOR.multiply(BigInteger.valueOf(123456789));
    assertThat(G1Point.decode(p.encode(), 0)).isEqualTo(p);
    assertThat(G1Point.decode(new byte[64], 0)).isEqualTo(G1Point.INFINITY);
    assertThat(G1Point.INFINITY.encode()).isEqualTo(new byte[64]);
  }

  @Test
  void rejectsPointsOffTheCurve() {
    assertThatThrownBy(() -> G1Point.of(BigInteger.ONE, BigInteger.valueOf(3)))
        .isInstanceOf(InvalidPointException.class)
        .hasMessageContaining("not on the curve");
    // y = 0 would need x^3 = -3, which has no solution at x = 1.
    assertThatThrownBy(() -> G1Point.of(BigInteger.ONE, BigInteger.ZERO)).isInstanceOf(InvalidPointException.class);
  }

  @Test
  void rejectsCoordinatesNotBelowTheModulus() {
    // (1 + p, 2) reduces to the generator but is not a canonical encoding.
    byte[] enc = G1Point.GENERATOR.encode();
    byte[] x = FpTest.toWord(P.add(BigInteger.ONE));
    System.arraycopy(x, 0, enc, 0, 32);
    assertThatThrownBy(() -> G1Point.decode(enc, 0))
        .isInstanceOf(InvalidPointException.class)
        .hasMessageContaining("not below the field modulus");
    assertThatThrownBy(() -> G1Point.of(BigInteger.ONE, P.add(BigInteger.TWO))).isInstanceOf(InvalidPointException.class);
  }
}
