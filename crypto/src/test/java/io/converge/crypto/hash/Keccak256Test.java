package io.converge.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Keccak256Test {
  private static final HexFormat HEX = HexFormat.of();

  /** Inputs (i * 7 + 3) mod 256 for i in 0..length-1; digests from @noble/hashes keccak_256. */
  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({
    "0,    c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    "1,    69c322e3248a5dfc29d73c5b0553b0185a35cd5bb6386747517ef7e53b15e287",
    "135,  00ef96af9cf4b24c7f269d922294444a197d0a33638c2e56634c57e892103a8f",
    "136,  742061bcad767ed4c4f5883b1dcb1aad11afdcc140dc469d953759b127b9f9ed",
    "137,  e3371f61e770abf254c34239c3b0099ad90594507415bc81dd0a10b9692bbf2a",
    "271,  4401c4afbe16ff911bdbf2d38e556e5b861f3fdf0f9d4306b1c46f6ae4f73584",
    "272,  ac141fd7b0a0ffcd2e967254d508da3ec616596493c36fa304425647d90e6de5",
    "1000, 80cdc8dd52cbb3dbaea8f383209893fa2bb52efbd5aedbb4b26dcfe307fcdc9b",
  })
  void matchesIndependentImplementationAroundTheRateBoundary(int length, String expected) {
    assertThat(HEX.formatHex(Keccak256.hash(pattern(length)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource({
    // keccak256(rlp("")): the root of an empty trie
    "80, 56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421, empty trie root",
    // keccak256(rlp([])): the ommers hash of a block without ommers
    "c0, 1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347, empty ommers hash",
  })
  void reproducesEthereumConstants(String input, String expected, String name) {
    assertThat(HEX.formatHex(Keccak256.hash(HEX.parseHex(input)))).isEqualTo(expected);
  }

  @Test
  void usesKeccakPaddingNotSha3() {
    // SHA3-256("abc") is 3a985da7...; Keccak-256 differs only in the padding byte.
    assertThat(HEX.formatHex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  }

  @Test
  void hashesOnlyTheGivenRange() {
    byte[] data = pattern(300);
    byte[] slice = java.util.Arrays.copyOfRange(data, 17, 17 + 200);
    assertThat(Keccak256.hash(data, 17, 200)).isEqualTo(Keccak256.hash(slice));
    assertThat(Keccak256.hash(data, 17, 200)).isNotEqualTo(Keccak256.hash(data));
  }

  @Test
  void rejectsRangeOutsideTheArray() {
    assertThatThrownBy(() -> Keccak256.hash(new byte[10], 5, 6))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Keccak256.hash(new byte[10], -1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void leavesTheInputUnchanged() {
    byte[] data = pattern(200);
    Keccak256.hash(data);
    assertThat(data).isEqualTo(pattern(200));
  }

  static byte[] pattern(int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (i * 7 + 3);
    }
    return out;
  }
}
