package io.converge.crypto.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScryptFunctionTest {
  /** RFC 7914 section 12 (the 2^20 vector is left out: 1 GiB, beyond our limit). */
  @ParameterizedTest(name = "N={2} r={3} p={4}")
  @CsvSource({
    "'', '', 16, 1, 1,"
        + " 77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906",
    "password, NaCl, 1024, 8, 16,"
        + " fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640",
    "pleaseletmein, SodiumChloride, 16384, 8, 1,"
        + " 7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887",
  })
  void matchesRfc7914Vectors(String password, String salt, int n, int r, int p, String expected) {
    byte[] derived =
        ScryptFunction.derive(
            password.getBytes(StandardCharsets.US_ASCII),
            salt.getBytes(StandardCharsets.US_ASCII),
            new ScryptCost(n, r, p),
            64);

    assertThat(HexFormat.of().formatHex(derived)).isEqualTo(expected);
  }

  @Test
  void agreesWithBouncyCastleWhereBouncyCastleAcceptsTheParameters() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 20; round++) {
      byte[] password = new byte[random.nextInt(0, 40)];
      byte[] salt = new byte[random.nextInt(0, 40)];
      random.nextBytes(password);
      random.nextBytes(salt);
      int n = 1 << random.nextInt(1, 9);
      int r = random.nextInt(1, 9);
      int p = random.nextInt(1, 5);
      int dkLen = random.nextInt(1, 100);

      assertThat(ScryptFunction.derive(password, salt, new ScryptCost(n, r, p), dkLen))
          .as("N=%d r=%d p=%d", n, r, p)
          .isEqualTo(SCrypt.generate(password, salt, n, r, p, dkLen));
    }
  }
}
