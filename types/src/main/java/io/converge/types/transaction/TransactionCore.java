package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.util.Objects;
import java.util.Optional;

/**
 * What every transaction class shares: the fields all types carry, the signature, and lazily computed, cached
 * encoding, hashes and sender. The caches are written at most once per value and a race only computes the same value
 * twice, so plain volatile fields suffice.
 */
abstract class TransactionCore {
  private final TransactionBody body;
  private final Signature signature;
  private volatile Bytes encoded;
  private volatile Hash hash;
  private volatile Hash signingHash;
  private volatile Optional<Address> sender;

  /** {@code knownEncoding} is the exact canonical encoding when the transaction was decoded, else null. */
  TransactionCore(TransactionBody body, Signature signature, byte[] knownEncoding) {
    this.body = Objects.requireNonNull(body, "body");
    this.signature = requireParitySignature(signature);
    if (knownEncoding != null) {
      this.encoded = Bytes.wrap(knownEncoding);
    }
  }

  private static Signature requireParitySignature(Signature signature) {
    Objects.requireNonNull(signature, "signature");
    if (signature.recoveryId() > 1) {
      throw new IllegalArgumentException("a transaction signature's recovery id is a y parity (0 or 1), got "
          + signature.recoveryId());
    }
    return signature;
  }

  /** Encodes the transaction canonically. */
  abstract byte[] encode();

  /** The bytes whose hash the sender signs. */
  abstract byte[] signingPayload();

  public abstract TransactionType type();

  /** The shared fields, to rebuild the transaction with another signature. */
  final TransactionBody body() {
    return body;
  }

  // The accessors stay overridable so that javac bridges them into the public subclasses (reflective access).

  public Optional<ChainId> chainId() {
    return body.chainId();
  }

  public long nonce() {
    return body.nonce();
  }

  public long gasLimit() {
    return body.gasLimit();
  }

  public Optional<Address> to() {
    return body.to();
  }

  public Wei value() {
    return body.value();
  }

  public Bytes data() {
    return body.data();
  }

  public Wei maxFeePerGas() {
    return body.maxFeePerGas();
  }

  public Wei maxPriorityFeePerGas() {
    return body.maxPriorityFeePerGas();
  }

  public AccessList accessList() {
    return body.accessList();
  }

  public Signature signature() {
    return signature;
  }

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
      s = SenderRecovery.recover(curve, signingHash().unsafeArray(), signature);
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
