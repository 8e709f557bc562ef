package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.Optional;

/**
 * What every transaction class shares: lazily computed, cached encoding, hashes and sender. The caches are written at
 * most once per value and a race only computes the same value twice, so plain volatile fields suffice.
 */
abstract class TransactionCore {
  private volatile Bytes encoded;
  private volatile Hash hash;
  private volatile Hash signingHash;
  private volatile Optional<Address> sender;

  /** {@code knownEncoding} is the exact canonical encoding when the transaction was decoded, else null. */
  TransactionCore(byte[] knownEncoding) {
    if (knownEncoding != null) {
      this.encoded = Bytes.wrap(knownEncoding);
    }
  }

  /** Encodes the transaction canonically. */
  abstract byte[] encode();

  /** The bytes whose hash the sender signs. */
  abstract byte[] signingPayload();

  public abstract Signature signature();

  public final Bytes encoded() {
    Bytes e = encoded;
    if (e == null) {
      e = Bytes.wrap(encode());
      encoded = e;
    }
    return e;
  }

  public final Hash hash() {
    Hash h = hash;
    if (h == null) {
      h = Hash.keccak256(encoded().unsafeArray());
      hash = h;
    }
    return h;
  }

  public final Hash signingHash() {
    Hash h = signingHash;
    if (h == null) {
      h = Hash.keccak256(signingPayload());
      signingHash = h;
    }
    return h;
  }

  public final Optional<Address> sender() {
    return sender(Secp256k1.best());
  }

  public final Optional<Address> sender(Secp256k1 curve) {
    Optional<Address> s = sender;
    if (s == null) {
      s = SenderRecovery.recover(curve, signingHash().unsafeArray(), signature());
      sender = s;
    }
    return s;
  }

  /** Two transactions are equal when their canonical encodings are: the encoding determines every field. */
  @Override
  public final boolean equals(Object o) {
    return o instanceof TransactionCore t && getClass() == t.getClass() && encoded().equals(t.encoded());
  }

  @Override
  public final int hashCode() {
    return hash().hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{hash=" + hash() + "}";
  }
}
