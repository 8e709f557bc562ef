package io.converge.types.transaction;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import java.util.Optional;

/** The address behind a signature: the low 20 bytes of the Keccak-256 of the recovered public key. */
final class SenderRecovery {
  private SenderRecovery() {}

  static Optional<Address> recover(Secp256k1 curve, byte[] hash32, Signature signature) {
    // Out-of-range scalars can never recover; skipping the curve call keeps junk signatures cheap.
    if (!signature.scalarsInRange()) {
      return Optional.empty();
    }
    Optional<byte[]> publicKey = curve.recover(hash32, signature);
    if (publicKey.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Address.fromLow20(Keccak256.hash(publicKey.get())));
  }
}
