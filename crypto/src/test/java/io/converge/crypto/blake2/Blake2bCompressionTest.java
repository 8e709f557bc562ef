package io.converge.crypto.blake2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Blake2bCompressionTest {
  private static final HexFormat HEX = HexFormat.of();
  /** BLAKE2b-512's initial state (IV with the parameter block for a 64-byte digest folded in), little-endian. */
  private static final String H_512 =
      "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b";
  /** The block "abc" padded with zeros. */
  private static final String M_ABC = "616263" + "00".repeat(125);

  /** EIP-152 test vectors 4 to 7 (vector 8, 2^32-1 rounds, would take minutes). */
  @ParameterizedTest(name = "EIP-152 vector {0}")
  @CsvSource({
    "4, 0, true, 08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b",
    "5, 12, true, ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
    "6, 12, false, 75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735",
    "7, 1, true, b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fba551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421",
  })
  void matchesEip152Vectors(int vector, long rounds, boolean finalBlock, String expected) {
    long[] out = Blake2bCompression.compress(rounds, words(H_512), words(M_ABC), 3, 0, finalBlock);
    assertThat(HEX.formatHex(bytes(out))).isEqualTo(expected);
  }

  @Test
  void twelveRoundsOverBlocksIsBlake2b512() {
    Random random = new Random(152);
    for (int length : new int[] {0, 1, 127, 128, 129, 300, 1024}) {
      byte[] message = new byte[length];
      random.nextBytes(message);
      Blake2bDigest reference = new Blake2bDigest(512);
      reference.update(message, 0, length);
      byte[] expected = new byte[64];
      reference.doFinal(expected, 0);
      assertThat(blake2b512(message)).as("length %d", length).isEqualTo(expected);
    }
  }

  @Test
  void leavesItsInputsUntouched() {
    long[] h = words(H_512);
    long[] m = words(M_ABC);
    Blake2bCompression.compress(12, h, m, 3, 0, true);
    assertThat(h).isEqualTo(words(H_512));
    assertThat(m).isEqualTo(words(M_ABC));
  }

  @Test
  void rejectsBadShapes() {
    assertThatThrownBy(() -> Blake2bCompression.compress(-1, new long[8], new long[16], 0, 0, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Blake2bCompression.compress(1L << 32, new long[8], new long[16], 0, 0, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Blake2bCompression.compress(1, new long[7], new long[16], 0, 0, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Full BLAKE2b-512 built from F alone, to compare with an independent implementation. */
  private static byte[] blake2b512(byte[] message) {
    long[] h = words(H_512);
    int blocks = Math.max(1, (message.length + 127) / 128);
    for (int i = 0; i < blocks; i++) {
      byte[] block = Arrays.copyOfRange(message, i * 128, i * 128 + 128);
      boolean last = i == blocks - 1;
      long counter = last ? message.length : (long) (i + 1) * 128;
      h = Blake2bCompression.compress(12, h, words(HEX.formatHex(block)), counter, 0, last);
    }
    return bytes(h);
  }

  private static long[] words(String hex) {
    byte[] raw = HEX.parseHex(hex);
    long[] out = new long[raw.length / 8];
    ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
    return out;
  }

  private static byte[] bytes(long[] words) {
    ByteBuffer out = ByteBuffer.allocate(words.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long w : words) {
      out.putLong(w);
    }
    return out.array();
  }
}
