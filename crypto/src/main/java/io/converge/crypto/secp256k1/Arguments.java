package io.converge.crypto.secp256k1;

import java.math.BigInteger;

/** The argument checks both implementations share, so that they reject exactly the same inputs. */
final class Arguments {
  private Arguments() {}

  static void requireHash(byte[] hash32) {
    requireLength("hash", hash32, Secp256k1.HASH_SIZE);
  }

  static void requirePublicKey(byte[] publicKey64) {
    requireLength("public key", publicKey64, Secp256k1.PUBLIC_KEY_SIZE);
  }

  /** The private key as the scalar d, which must lie in [1, n-1]. */
  static BigInteger requirePrivateKey(byte[] privateKey32) {
    requireLength("private key", privateKey32, Secp256k1.PRIVATE_KEY_SIZE);
    BigInteger d = new BigInteger(1, privateKey32);
    if (d.signum() == 0 || d.compareTo(Secp256k1.CURVE_ORDER) >= 0) {
      // The value itself is secret: say only why it is wrong.
      throw new IllegalArgumentException("private key must lie in [1, n-1]");
    }
    return d;
  }

  /** r || s, each as 32 unsigned big-endian bytes: the compact form libsecp256k1 reads. */
  static byte[] compact(Signature sig) {
    byte[] out = new byte[64];
    writeUnsigned32(sig.r(), out, 0);
    writeUnsigned32(sig.s(), out, 32);
    return out;
  }

  private static void writeUnsigned32(BigInteger value, byte[] out, int offset) {
    byte[] bytes = value.toByteArray();
    // toByteArray may add a leading sign byte (33 bytes) or be shorter than 32.
    int skip = bytes.length > 32 ? bytes.length - 32 : 0;
    int len = bytes.length - skip;
    System.arraycopy(bytes, skip, out, offset + 32 - len, len);
  }

  private static void requireLength(String what, byte[] value, int expected) {
    if (value.length != expected) {
      throw new IllegalArgumentException(
          what + " must be " + expected + " bytes, got " + value.length);
    }
  }
}
