package io.converge.crypto.hash;

import java.util.Objects;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256 as Ethereum uses it: the original Keccak padding (0x01), not the FIPS 202 SHA3-256
 * padding (0x06), so the two give different digests for the same input.
 */
public final class Keccak256 {
  public static final int SIZE = 32;

  private Keccak256() {}

  public static byte[] hash(byte[] data) {
    return hash(data, 0, data.length);
  }

  public static byte[] hash(byte[] data, int off, int len) {
    Objects.checkFromIndexSize(off, len, data.length);
    // A digest per call keeps this thread-safe without shared state; its ~400-byte state is cheap
    // next to the permutation itself.
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(data, off, len);
    byte[] out = new byte[SIZE];
    digest.doFinal(out, 0);
    return out;
  }
}
