package io.converge.crypto.secp256k1;

import java.util.Optional;

/**
 * The implementations, created once on first use. They are immutable and thread-safe, so sharing
 * them is safe; loading the native library twice would not be.
 */
final class Implementations {
  static final Secp256k1 BOUNCY_CASTLE = new BouncyCastleSecp256k1();
  static final Optional<Secp256k1> NATIVE = LibSecp256k1.load(BOUNCY_CASTLE);
  static final Secp256k1 BEST = NATIVE.orElse(BOUNCY_CASTLE);

  private Implementations() {}
}
