package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The static validity rules: what can be judged from the transaction, the fork and the chain id alone, without state
 * (balance and nonce checks belong to execution). Rules are checked in a fixed order and the first broken one is
 * reported; the sender is recovered last because it is the expensive step.
 */
public final class TransactionValidator {
  private static final BigInteger UNSIGNED_LONG = BigInteger.ONE.shiftLeft(64);

  private final ChainId chainId;
  private final Secp256k1 curve;

  public TransactionValidator(ChainId chainId) {
    this(chainId, Secp256k1.best());
  }

  public TransactionValidator(ChainId chainId, Secp256k1 curve) {
    this.chainId = Objects.requireNonNull(chainId, "chainId");
    this.curve = Objects.requireNonNull(curve, "curve");
  }

  public TransactionValidity validate(Transaction tx, Fork fork) {
    TransactionRules rules = TransactionRules.of(fork);
    if (!rules.allows(tx.type())) {
      return new TransactionValidity.TypeNotSupported(tx.type(), fork);
    }
    Optional<TransactionValidity.Invalid> broken = checkChainId(tx, rules);
    if (broken.isEmpty()) {
      broken = checkFields(tx);
    }
    if (broken.isEmpty()) {
      broken = checkSignature(tx.signature(), rules);
    }
    long intrinsicGas = rules.intrinsicGas(tx);
    if (broken.isEmpty()) {
      broken = checkGas(tx, rules, intrinsicGas);
    }
    if (broken.isEmpty()) {
      broken = checkTypeSpecific(tx, rules);
    }
    if (broken.isPresent()) {
      return broken.get();
    }
    Optional<Address> sender = tx.sender(curve);
    if (sender.isEmpty()) {
      return new TransactionValidity.UnrecoverableSender();
    }
    return new TransactionValidity.Valid(intrinsicGas, sender.get());
  }

  private Optional<TransactionValidity.Invalid> checkChainId(Transaction tx, TransactionRules rules) {
    if (tx.chainId().isEmpty()) {
      return Optional.empty(); // a legacy signature without EIP-155 stays valid in every fork
    }
    ChainId actual = tx.chainId().get();
    if (tx.type() == TransactionType.LEGACY && !rules.replayProtection()) {
      return Optional.of(new TransactionValidity.ReplayProtectionNotActive(actual, rules.fork()));
    }
    if (!actual.equals(chainId)) {
      return Optional.of(new TransactionValidity.WrongChainId(chainId, actual));
    }
    return Optional.empty();
  }

  private static Optional<TransactionValidity.Invalid> checkFields(Transaction tx) {
    if (tx.nonce() == -1L) {
      return Optional.of(new TransactionValidity.NonceAtMaximum(tx.nonce()));
    }
    Wei maxFee = tx.maxFeePerGas();
    if (tx.maxPriorityFeePerGas().compareTo(maxFee) > 0) {
      return Optional.of(new TransactionValidity.PriorityFeeAboveMaxFee(tx.maxPriorityFeePerGas(), maxFee));
    }
    BigInteger gasLimit = BigInteger.valueOf(tx.gasLimit());
    if (gasLimit.signum() < 0) {
      gasLimit = gasLimit.add(UNSIGNED_LONG);
    }
    if (gasLimit.multiply(maxFee.value()).bitLength() > 256) {
      return Optional.of(new TransactionValidity.GasCostOverflow(tx.gasLimit(), maxFee));
    }
    return Optional.empty();
  }

  private static Optional<TransactionValidity.Invalid> checkSignature(Signature sig, TransactionRules rules) {
    if (!sig.scalarsInRange()) {
      return Optional.of(new TransactionValidity.SignatureOutOfRange(sig.r(), sig.s()));
    }
    if (rules.lowSRequired() && !sig.hasLowS()) {
      return Optional.of(new TransactionValidity.HighS(sig.s(), Secp256k1.HALF_CURVE_ORDER));
    }
    return Optional.empty();
  }

  private static Optional<TransactionValidity.Invalid> checkGas(Transaction tx, TransactionRules rules,
      long intrinsicGas) {
    if (Long.compareUnsigned(tx.gasLimit(), intrinsicGas) < 0) {
      return Optional.of(new TransactionValidity.IntrinsicGasTooLow(intrinsicGas, tx.gasLimit()));
    }
    long floor = rules.floorDataGas(tx);
    if (Long.compareUnsigned(tx.gasLimit(), floor) < 0) {
      return Optional.of(new TransactionValidity.FloorDataGasTooLow(floor, tx.gasLimit()));
    }
    if (tx.isContractCreation() && tx.data().size() > rules.maxInitcodeSize()) {
      return Optional.of(new TransactionValidity.InitcodeTooLarge(rules.maxInitcodeSize(), tx.data().size()));
    }
    return Optional.empty();
  }

  private static Optional<TransactionValidity.Invalid> checkTypeSpecific(Transaction tx, TransactionRules rules) {
    if (tx instanceof BlobTransaction blob) {
      List<Hash> hashes = blob.blobVersionedHashes();
      if (hashes.isEmpty()) {
        return Optional.of(new TransactionValidity.NoBlobs());
      }
      if (hashes.size() > rules.maxBlobsPerBlock()) {
        return Optional.of(new TransactionValidity.TooManyBlobs(rules.maxBlobsPerBlock(), hashes.size()));
      }
      for (int i = 0; i < hashes.size(); i++) {
        byte version = hashes.get(i).unsafeArray()[0];
        if (version != BlobTransaction.VERSIONED_HASH_VERSION_KZG) {
          return Optional.of(new TransactionValidity.WrongBlobHashVersion(i,
              BlobTransaction.VERSIONED_HASH_VERSION_KZG, version & 0xff));
        }
      }
    }
    if (tx instanceof SetCodeTransaction setCode && setCode.authorizationList().isEmpty()) {
      return Optional.of(new TransactionValidity.NoAuthorizations());
    }
    return Optional.empty();
  }
}
