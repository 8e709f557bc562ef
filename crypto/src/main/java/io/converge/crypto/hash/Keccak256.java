package io.converge.crypto.hash;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Keccak-256 as Ethereum uses it: the original Keccak padding (0x01), not the FIPS 202 SHA3-256
 * padding (0x06), so the two give different digests for the same input.
 *
 * <p>The sponge is written here over {@link KeccakF1600} rather than taken from BouncyCastle's {@code KeccakDigest}:
 * the EVM hashes mostly 32- to 128-byte inputs, where the digest's byte queue, its 200-byte state copies and its
 * per-call setup cost as much as the permutation (bench/evm keccak-loop and erc20-transfers). BouncyCastle remains
 * the reference in {@code KeccakF1600Test}.
 */
public final class Keccak256 {
  public static final int SIZE = 32;

  /** Bytes absorbed per permutation: 1600 bits less twice the 256-bit capacity. */
  private static final int RATE = 136;
  private static final int RATE_LANES = RATE / 8;
  private static final VarHandle LANE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Keccak256() {}

  public static byte[] hash(byte[] data) {
    return hash(data, 0, data.length);
  }

  public static byte[] hash(byte[] data, int off, int len) {
    Objects.checkFromIndexSize(off, len, data.length);
    // A state per call keeps this thread-safe without shared state; 200 bytes are cheap next to the permutation.
    long[] state = new long[KeccakF1600.LANES];
    int end = off + len;
    int at = off;
    while (end - at >= RATE) {
      for (int i = 0; i < RATE_LANES; i++) {
        state[i] ^= (long) LANE.get(data, at + 8 * i);
      }
      KeccakF1600.permute(state);
      at += RATE;
    }
    // The last, partial block: whole lanes, then the bytes of a partial lane, then the padding 0x01 ... 0x80.
    int remaining = end - at;
    int lanes = remaining >>> 3;
    for (int i = 0; i < lanes; i++) {
      state[i] ^= (long) LANE.get(data, at + 8 * i);
    }
    at += lanes << 3;
    long partial = 0;
    int tail = remaining & 7;
    for (int i = 0; i < tail; i++) {
      partial |= (data[at + i] & 0xffL) << (8 * i);
    }
    state[lanes] ^= partial ^ (0x01L << (8 * tail));
    state[RATE_LANES - 1] ^= 0x80L << 56;
    KeccakF1600.permute(state);

    byte[] out = new byte[SIZE];
    for (int i = 0; i < SIZE / 8; i++) {
      LANE.set(out, 8 * i, state[i]);
    }
    return out;
  }
}
