package io.converge.crypto.secp256k1;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An ECDSA signature with the recovery id that selects the public key among the candidates (bit 0:
 * parity of R's y; bit 1: R's x was r + n).
 *
 * <p>The constructor checks only the shape (two unsigned 256-bit integers, an id in 0..3), because
 * signatures arrive from peers and the precompile must answer for out-of-range values rather than
 * throw: use {@link #scalarsInRange()} and {@link #hasLowS()} to judge them.
 */
public record Signature(BigInteger r, BigInteger s, int recoveryId) {
  public Signature {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(s, "s");
    if (r.signum() < 0 || r.bitLength() > 256) {
      throw new IllegalArgumentException("r must be an unsigned 256-bit integer, got " + r);
    }
    if (s.signum() < 0 || s.bitLength() > 256) {
      throw new IllegalArgumentException("s must be an unsigned 256-bit integer, got " + s);
    }
    if (recoveryId < 0 || recoveryId > 3) {
      throw new IllegalArgumentException("recovery id must be in 0..3, got " + recoveryId);
    }
  }

  /** Both r and s lie in [1, n-1], as every valid ECDSA signature's must. */
  public boolean scalarsInRange() {
    return inRange(r) && inRange(s);
  }

  /** s is at most n/2 (EIP-2, Homestead): the form that cannot be re-signed as n - s. */
  public boolean hasLowS() {
    return s.compareTo(Secp256k1.HALF_CURVE_ORDER) <= 0;
  }

  /** The other valid form of the same signature: s replaced by n - s, the y parity flipped. */
  public Signature withFlippedS() {
    if (!inRange(s)) {
      throw new IllegalStateException("s is outside [1, n-1]: " + s);
    }
    return new Signature(r, Secp256k1.CURVE_ORDER.subtract(s), recoveryId ^ 1);
  }

  private static boolean inRange(BigInteger v) {
    return v.signum() > 0 && v.compareTo(Secp256k1.CURVE_ORDER) < 0;
  }
}
