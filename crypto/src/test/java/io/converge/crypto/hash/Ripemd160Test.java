package io.converge.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ripemd160Test {
  private static final HexFormat HEX = HexFormat.of();

  /** The examples published with RIPEMD-160 (Dobbertin, Bosselaers, Preneel). */
  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({
    "'',             9c1185a5c5e9fc54612808977ee8f548b2258d31",
    "abc,            8eb208f7e05d987a9b044a8e98c6b087f15a0bfc",
    "message digest, 5d0689ef49d2fae572b881b123a85ffa21595f36",
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq, "
        + "12a053384a9c0c88e405a06c27dcf49ada62eb2b",
  })
  void matchesPublishedExamples(String input, String expected) {
    assertThat(HEX.formatHex(Ripemd160.hash(input.getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo(expected);
  }

  @Test
  void matchesPublishedMillionA() {
    byte[] input = new byte[1_000_000];
    Arrays.fill(input, (byte) 'a');
    assertThat(HEX.formatHex(Ripemd160.hash(input)))
        .isEqualTo("52783243c1697bdbe16d37f97f68f08325dc1528");
  }

  /** Digests from Python hashlib (OpenSSL). */
  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({
    "55,   ced4a416d2eddc4c54a59c57fa299bc86af70de9",
    "56,   581330764dcfaa5bbe4de58601aa56a838cc58d7",
    "64,   6049fc18acb2ba0205d12fbf2ebc57628031d28c",
    "1000, 462fa67a8f19c1df2d98cff47379ba31d681b572",
  })
  void matchesIndependentImplementationAtPaddingEdges(int length, String expected) {
    assertThat(HEX.formatHex(Ripemd160.hash(Keccak256Test.pattern(length)))).isEqualTo(expected);
  }
}
