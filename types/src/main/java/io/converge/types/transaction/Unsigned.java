package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Signature;
import java.math.BigInteger;

/** The placeholder signature of a transaction built to be signed: it recovers no sender. */
final class Unsigned {
  static final Signature SIGNATURE = new Signature(BigInteger.ZERO, BigInteger.ZERO, 0);

  private Unsigned() {}
}
