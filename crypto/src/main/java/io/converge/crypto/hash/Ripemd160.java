package io.converge.crypto.hash;

import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/** RIPEMD-160, for the precompile at address 0x03. The JDK has no implementation of it. */
public final class Ripemd160 {
  public static final int SIZE = 20;

  private Ripemd160() {}

  public static byte[] hash(byte[] data) {
    RIPEMD160Digest digest = new RIPEMD160Digest();
    digest.update(data, 0, data.length);
    byte[] out = new byte[SIZE];
    digest.doFinal(out, 0);
    return out;
  }
}
