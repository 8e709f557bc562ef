package io.converge.crypto.hash;

import org.bouncycastle.crypto.digests.SHA256Digest;

/** SHA-256 (FIPS 180-4), for the precompile at address 0x02 and KZG versioned hashes. */
public final class Sha256 {
  public static final int SIZE = 32;

  private Sha256() {}

  public static byte[] hash(byte[] data) {
    SHA256Digest digest = new SHA256Digest();
    digest.update(data, 0, data.length);
    byte[] out = new byte[SIZE];
    digest.doFinal(out, 0);
    return out;
  }
}
