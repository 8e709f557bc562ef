package io.converge.crypto.secp256k1;

import java.math.BigInteger;
import java.util.Optional;

/**
 * ECDSA over secp256k1 as Ethereum uses it: 32-byte message hashes, 32-byte private keys and
 * 64-byte public keys (x || y, without the SEC1 0x04 prefix).
 *
 * <p>Arguments of the wrong length or private keys outside [1, n-1] are programming errors and
 * throw {@link IllegalArgumentException}. Signatures and public keys are data a peer controls:
 * an invalid one makes {@link #recover} empty and {@link #verify} false, never an exception.
 */
public interface Secp256k1 {
  /** n, the order of the generator point. */
  BigInteger CURVE_ORDER =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

  /** floor(n / 2): the largest s that EIP-2 still accepts in a transaction signature. */
  BigInteger HALF_CURVE_ORDER = CURVE_ORDER.shiftRight(1);

  int PRIVATE_KEY_SIZE = 32;
  int PUBLIC_KEY_SIZE = 64;
  int HASH_SIZE = 32;

  /** The 64-byte public key (x || y) of a private key in [1, n-1]. */
  byte[] publicKey(byte[] privateKey32);

  /** Deterministic (RFC 6979, HMAC-SHA256) signature with low s (EIP-2) and its recovery id. */
  Signature sign(byte[] hash32, byte[] privateKey32);

  /**
   * The 64-byte public key that produced {@code sig} over {@code hash32}, or empty when no key
   * did (r or s outside [1, n-1], no curve point with x = r, or the point at infinity). A high s is
   * accepted, as the ECRECOVER precompile requires; callers that enforce EIP-2 check {@link
   * Signature#hasLowS()} themselves.
   */
  Optional<byte[]> recover(byte[] hash32, Signature sig);

  /**
   * Plain ECDSA verification: the recovery id is ignored and a high s is accepted. False for a
   * public key that is not on the curve.
   */
  boolean verify(byte[] hash32, Signature sig, byte[] publicKey64);

  /** Which implementation this is, for logs and benchmarks. */
  String name();

  /** The native libsecp256k1 binding when it loads and passes a self-test, else BouncyCastle. */
  static Secp256k1 best() {
    return Implementations.BEST;
  }

  /** The pure-Java implementation, available everywhere. */
  static Secp256k1 bouncyCastle() {
    return Implementations.BOUNCY_CASTLE;
  }

  /** The native libsecp256k1 binding, or empty when it cannot load on this platform. */
  static Optional<Secp256k1> nativeLibrary() {
    return Implementations.NATIVE;
  }
}
