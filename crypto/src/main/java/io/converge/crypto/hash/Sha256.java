package io.converge.crypto.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 (FIPS 180-4), for the precompile at address 0x02 and KZG versioned hashes. Uses the JDK's implementation rather
 * than BouncyCastle's: HotSpot compiles it to the CPU's SHA instructions, about 7x faster here on large inputs.
 */
public final class Sha256 {
  public static final int SIZE = 32;
  private static final MessageDigest PROTOTYPE = newDigest();

  private Sha256() {}

  public static byte[] hash(byte[] data) {
    MessageDigest digest = copy();
    return digest.digest(data);
  }

  private static MessageDigest copy() {
    try {
      // Cloning skips the provider lookup of getInstance on every call.
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return newDigest();
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
