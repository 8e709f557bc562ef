package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.util.Optional;

/**
 * A signed transaction of one of the EIP-2718 types. Instances are immutable; the encoding, the hashes and the
 * recovered sender are computed once and cached.
 *
 * <p>{@code nonce} and {@code gasLimit} are unsigned 64-bit values held in a {@code long}: compare them with {@link
 * Long#compareUnsigned}. The signature's recovery id is the y parity (0 or 1). Whether a transaction is acceptable in
 * a given fork is not a property of the object: ask {@link TransactionValidator}.
 */
public sealed interface Transaction
    permits LegacyTransaction, AccessListTransaction, DynamicFeeTransaction, BlobTransaction, SetCodeTransaction {

  TransactionType type();

  /** The chain the signature is bound to; empty only for a legacy transaction signed without EIP-155. */
  Optional<ChainId> chainId();

  long nonce();

  long gasLimit();

  /** The recipient; empty for a contract creation. */
  Optional<Address> to();

  Wei value();

  /** Call data, or init code for a contract creation. */
  Bytes data();

  /** The most the sender pays per gas: the gas price of legacy and access-list transactions. */
  Wei maxFeePerGas();

  /** The most the sender tips per gas: the gas price of legacy and access-list transactions. */
  Wei maxPriorityFeePerGas();

  /** The declared access list; empty for legacy transactions, which cannot carry one. */
  AccessList accessList();

  Signature signature();

  /** The canonical encoding: an RLP list for legacy, {@code type || rlp(payload)} for typed transactions. */
  Bytes encoded();

  /** The transaction hash: Keccak-256 of {@link #encoded()}. */
  Hash hash();

  /** The hash the sender signed. */
  Hash signingHash();

  /** The sender, recovered with {@link Secp256k1#best()}; empty when the signature recovers no key. */
  Optional<Address> sender();

  /** The sender, recovered with {@code curve} on first use and cached. */
  Optional<Address> sender(Secp256k1 curve);

  /** The same transaction with another signature. */
  Transaction withSignature(Signature signature);

  /** Signs the transaction with {@code privateKey}, replacing any signature it had. */
  default Transaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  default boolean isContractCreation() {
    return to().isEmpty();
  }

  /**
   * The price per gas actually paid at {@code baseFee}: the gas price for legacy and access-list transactions, else
   * {@code min(maxFeePerGas, baseFee + maxPriorityFeePerGas)} (EIP-1559). Callers first check that the fee cap covers
   * the base fee.
   */
  default Wei effectiveGasPrice(Wei baseFee) {
    if (type() == TransactionType.LEGACY || type() == TransactionType.ACCESS_LIST) {
      return maxFeePerGas();
    }
    var withTip = baseFee.value().add(maxPriorityFeePerGas().value());
    return withTip.compareTo(maxFeePerGas().value()) < 0 ? new Wei(withTip) : maxFeePerGas();
  }

  /**
   * Writes the transaction as an item of a block body's transaction list: a legacy transaction as its RLP list, a
   * typed one as an RLP string holding {@code type || payload} (EIP-2718).
   */
  default void writeTo(RlpWriter writer) {
    if (type() == TransactionType.LEGACY) {
      writer.writeRaw(encoded().unsafeArray());
    } else {
      writer.writeBytes(encoded().unsafeArray());
    }
  }
}
