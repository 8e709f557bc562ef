package io.converge.crypto.secp256k1;

import fr.acinq.secp256k1.Secp256k1Exception;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Bitcoin Core's libsecp256k1 through ACINQ's JNI binding: about four times faster than
 * BouncyCastle at recovery, which every transaction needs. The binding signals invalid input with
 * {@link Secp256k1Exception}; this class turns it into an empty result or false.
 */
final class LibSecp256k1 implements Secp256k1 {
  private final fr.acinq.secp256k1.Secp256k1 lib;

  private LibSecp256k1(fr.acinq.secp256k1.Secp256k1 lib) {
    this.lib = lib;
  }

  /**
   * Loads the native library and keeps it only if it signs and recovers exactly as {@code
   * reference} does, so a broken or mismatched binary degrades to the slow path instead of
   * producing wrong keys.
   */
  static Optional<Secp256k1> load(Secp256k1 reference) {
    String reason;
    try {
      LibSecp256k1 candidate = new LibSecp256k1(fr.acinq.secp256k1.Secp256k1.get());
      byte[] hash = new byte[HASH_SIZE];
      byte[] key = new byte[PRIVATE_KEY_SIZE];
      Arrays.fill(hash, (byte) 0x5a);
      Arrays.fill(key, (byte) 0x11);
      Signature expected = reference.sign(hash, key);
      Signature actual = candidate.sign(hash, key);
      if (expected.equals(actual)
          && Arrays.equals(
              reference.publicKey(key), candidate.recover(hash, actual).orElse(null))) {
        return Optional.of(candidate);
      }
      reason = "self-test mismatch: expected " + expected + ", actual " + actual;
    } catch (LinkageError | RuntimeException e) {
      reason = e.toString();
    }
    // Logged only here, so a successful load creates no logger.
    LoggerFactory.getLogger(LibSecp256k1.class)
        .warn("native secp256k1 unavailable, using BouncyCastle reason={}", reason);
    return Optional.empty();
  }

  @Override
  public byte[] publicKey(byte[] privateKey32) {
    Arguments.requirePrivateKey(privateKey32);
    return Arrays.copyOfRange(lib.pubkeyCreate(privateKey32), 1, 65);
  }

  @Override
  public Signature sign(byte[] hash32, byte[] privateKey32) {
    Arguments.requireHash(hash32);
    Arguments.requirePrivateKey(privateKey32);
    // libsecp256k1 signs with RFC 6979 and always returns low s, but the binding has no
    // recoverable signing: find the recovery id by trying each candidate.
    byte[] compact = lib.sign(hash32, privateKey32);
    byte[] publicKey65 = lib.pubkeyCreate(privateKey32);
    for (int recoveryId = 0; recoveryId <= 3; recoveryId++) {
      try {
        if (Arrays.equals(lib.ecdsaRecover(compact, hash32, recoveryId), publicKey65)) {
          return new Signature(
              new BigInteger(1, Arrays.copyOfRange(compact, 0, 32)),
              new BigInteger(1, Arrays.copyOfRange(compact, 32, 64)),
              recoveryId);
        }
      } catch (Secp256k1Exception noSuchPoint) {
        // ids 2 and 3 need r + n < p; keep looking
      }
    }
    throw new IllegalStateException("no recovery id reproduces the signer's key");
  }

  @Override
  public Optional<byte[]> recover(byte[] hash32, Signature sig) {
    Arguments.requireHash(hash32);
    // Checked here so that common garbage costs no native exception.
    if (!sig.scalarsInRange()) {
      return Optional.empty();
    }
    try {
      byte[] publicKey65 = lib.ecdsaRecover(Arguments.compact(sig), hash32, sig.recoveryId());
      return Optional.of(Arrays.copyOfRange(publicKey65, 1, 65));
    } catch (Secp256k1Exception invalid) {
      return Optional.empty();
    }
  }

  @Override
  public boolean verify(byte[] hash32, Signature sig, byte[] publicKey64) {
    Arguments.requireHash(hash32);
    Arguments.requirePublicKey(publicKey64);
    if (!sig.scalarsInRange()) {
      return false;
    }
    // libsecp256k1 rejects high s; the contract is plain ECDSA, which accepts both forms.
    Signature lowS = sig.hasLowS() ? sig : sig.withFlippedS();
    byte[] publicKey65 = new byte[65];
    publicKey65[0] = 0x04;
    System.arraycopy(publicKey64, 0, publicKey65, 1, 64);
    try {
      return lib.verify(Arguments.compact(lowS), hash32, publicKey65);
    } catch (Secp256k1Exception invalidKey) {
      return false;
    }
  }

  @Override
  public String name() {
    return "libsecp256k1";
  }

  @Override
  public String toString() {
    return name();
  }
}
