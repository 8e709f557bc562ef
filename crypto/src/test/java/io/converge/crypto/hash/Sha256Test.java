package io.converge.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sha256Test {
  private static final HexFormat HEX = HexFormat.of();

  /** FIPS 180-2 appendix B examples. */
  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({
    "'',  e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq, "
        + "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  })
  void matchesFipsExamples(String input, String expected) {
    assertThat(HEX.formatHex(Sha256.hash(input.getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo(expected);
  }

  @Test
  void matchesFipsMillionA() {
    byte[] input = new byte[1_000_000];
    Arrays.fill(input, (byte) 'a');
    assertThat(HEX.formatHex(Sha256.hash(input)))
        .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }

  /** Padding edges (55 and 56 bytes straddle the length field); digests from Python hashlib. */
  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({
    "55,   e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b",
    "56,   4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27",
    "64,   39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241",
    "1000, 1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371",
  })
  void matchesIndependentImplementationAtPaddingEdges(int length, String expected) {
    assertThat(HEX.formatHex(Sha256.hash(Keccak256Test.pattern(length)))).isEqualTo(expected);
  }
}
