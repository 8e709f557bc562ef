package io.converge.crypto.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.Test;

/** The hand-written sponge and permutation against BouncyCastle's {@code KeccakDigest}, the reference. */
class KeccakF1600Test {
  private static final int MAX_LENGTH = 600;
  private static final int INPUTS_PER_LENGTH = 8;

  @Test
  void agreesWithBouncyCastleOnRandomInputsOfEveryLengthUpTo600() {
    SplittableRandom random = new SplittableRandom(20261125L);
    int compared = 0;
    for (int length = 0; length <= MAX_LENGTH; length++) {
      for (int n = 0; n < INPUTS_PER_LENGTH; n++) {
        byte[] input = new byte[length];
        random.nextBytes(input);
        assertThat(Keccak256.hash(input)).as("length %d", length).isEqualTo(reference(input, 0, length));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(4_000);
  }

  @Test
  void agreesWithBouncyCastleOnSlicesAtEveryAlignment() {
    // Lanes are read at any byte offset, so misaligned slices must hash as their copies do.
    SplittableRandom random = new SplittableRandom(7L);
    byte[] buffer = new byte[MAX_LENGTH + 16];
    random.nextBytes(buffer);
    for (int offset = 0; offset < 16; offset++) {
      for (int length = 0; length <= MAX_LENGTH; length += 1 + random.nextInt(9)) {
        assertThat(Keccak256.hash(buffer, offset, length))
            .as("offset %d, length %d", offset, length)
            .isEqualTo(reference(buffer, offset, length));
      }
    }
  }

  @Test
  void permutationOfTheZeroStateMatchesTheKnownAnswer() {
    // Keccak team's KeccakF-1600 intermediate values: the first lanes after permuting the all-zero state.
    long[] state = new long[KeccakF1600.LANES];
    KeccakF1600.permute(state);
    assertThat(state[0]).isEqualTo(0xF1258F7940E1DDE7L);
    assertThat(state[1]).isEqualTo(0x84D5CCF933C0478AL);
    assertThat(state[24]).isEqualTo(0xEAF1FF7B5CECA249L);
  }

  private static byte[] reference(byte[] data, int off, int len) {
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(data, off, len);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
