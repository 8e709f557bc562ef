package io.converge.trie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.types.Bytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NibblesTest {
  private static byte[] nibbles(String hexDigits) {
    byte[] out = new byte[hexDigits.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Character.digit(hexDigits.charAt(i), 16);
    }
    return out;
  }

  // Yellow Paper appendix C and the examples in the Ethereum wiki's Patricia tree page.
  @ParameterizedTest(name = "{0} leaf={1} -> {2}")
  @CsvSource({
      "12345,   false, 0x112345",
      "012345,  false, 0x00012345",
      "0f1cb8,  true,  0x200f1cb8",
      "f1cb8,   true,  0x3f1cb8",
      "'',      true,  0x20",
      "'',      false, 0x00",
      "7,       true,  0x37"
  })
  void encodesAndDecodesHexPrefix(String path, boolean leaf, String encoded) throws Exception {
    assertThat(Bytes.wrap(Nibbles.hexPrefix(nibbles(path), leaf)).toHex()).isEqualTo(encoded);
    Nibbles.HexPrefixed decoded = Nibbles.decodeHexPrefix(Bytes.fromHex(encoded).toArray());
    assertThat(decoded.path()).containsExactly(nibbles(path));
    assertThat(decoded.leaf()).isEqualTo(leaf);
  }

  @ParameterizedTest
  @CsvSource({"0x4012", "0x0112", "0x2f", "''"})
  void rejectsNonCanonicalHexPrefix(String encoded) {
    byte[] bytes = encoded.isEmpty() ? new byte[0] : Bytes.fromHex(encoded).toArray();
    assertThatThrownBy(() -> Nibbles.decodeHexPrefix(bytes)).isInstanceOf(InvalidNodeException.class);
  }

  @ParameterizedTest
  @CsvSource({"0x, ''", "0x00ff, 00ff", "0xa1, a1", "0x1234, 1234"})
  void splitsKeysIntoNibblesAndBack(String key, String expected) {
    byte[] path = Nibbles.fromKey(Bytes.fromHex(key).toArray());
    assertThat(path).containsExactly(nibbles(expected));
    assertThat(Bytes.wrap(Nibbles.toKey(path))).isEqualTo(Bytes.fromHex(key));
  }
}
