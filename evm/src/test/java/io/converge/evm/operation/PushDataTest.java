package io.converge.evm.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PUSH's fast paths (one 8-byte read, four for PUSH32) read what byte-by-byte reading does. */
class PushDataTest {
  private static BigInteger bytewise(byte[] code, int offset, int length) {
    return new BigInteger(1, Arrays.copyOfRange(code, offset, offset + length));
  }

  private static BigInteger word(long[] s) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 3; i >= 0; i--) {
      v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(s[i])));
    }
    return v;
  }

  @Test
  void everyPushLengthAtEveryPositionReadsTheBytesFollowingTheOpcode() {
    Random random = new Random(7);
    byte[] code = new byte[120];
    random.nextBytes(code);
    long[] s = new long[4];
    for (int length = 1; length <= 32; length++) {
      for (int offset = 1; offset + length <= code.length; offset++) {
        Arrays.fill(s, 0x5555_5555_5555_5555L);
        StackValues.setPushData(s, 0, code, offset, length);
        assertThat(word(s)).as("PUSH%d at %d", length, offset).isEqualTo(bytewise(code, offset, length));
      }
    }
  }
}
