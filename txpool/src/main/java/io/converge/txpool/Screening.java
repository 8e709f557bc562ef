package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionValidator;
import io.converge.types.transaction.TransactionValidity;
import java.util.Objects;

/**
 * The checks that need no account state, in Geth's order: size first (cheap, before any hashing of a large payload),
 * then the protocol's static rules, then the head's gas limit and fees.
 */
final class Screening {
  private Screening() {}

  /** The result: the recovered sender, or why the transaction fails. */
  sealed interface Outcome {
    record Passed(Address sender) implements Outcome {
      public Passed {
        Objects.requireNonNull(sender, "sender");
      }
    }

    record Failed(Rejection rejection) implements Outcome {
      public Failed {
        Objects.requireNonNull(rejection, "rejection");
      }
    }
  }

  static Outcome screen(Transaction tx, HeadInfo head, PoolConfig config, TransactionValidator validator) {
    int size = tx.encoded().size();
    int limit = tx instanceof BlobTransaction ? config.maxBlobTxSize() : config.maxTxSize();
    if (size > limit) {
      return new Outcome.Failed(new Rejection.OversizedData(size, limit));
    }
    TransactionValidity validity = validator.validate(tx, head.fork());
    if (validity instanceof TransactionValidity.Invalid invalid) {
      return new Outcome.Failed(fromValidity(invalid));
    }
    Address sender = ((TransactionValidity.Valid) validity).sender();
    if (tx.maxPriorityFeePerGas().compareTo(config.minTip()) < 0) {
      return new Outcome.Failed(new Rejection.TipBelowMinimum(tx.maxPriorityFeePerGas(), config.minTip()));
    }
    if (Long.compareUnsigned(tx.gasLimit(), head.gasLimit()) > 0) {
      return new Outcome.Failed(new Rejection.GasLimitExceeded(head.gasLimit(), tx.gasLimit()));
    }
    if (tx.maxFeePerGas().compareTo(head.baseFee()) < 0) {
      return new Outcome.Failed(new Rejection.FeeCapTooLow(sender, tx.maxFeePerGas(), head.baseFee()));
    }
    if (tx instanceof BlobTransaction blob && blob.maxFeePerBlobGas().compareTo(head.blobBaseFee()) < 0) {
      return new Outcome.Failed(new Rejection.BlobFeeCapTooLow(sender, blob.maxFeePerBlobGas(), head.blobBaseFee()));
    }
    return new Outcome.Passed(sender);
  }

  /** Maps the protocol's static verdicts onto the reasons Geth's pool reports for the same rule. */
  static Rejection fromValidity(TransactionValidity.Invalid invalid) {
    if (invalid instanceof TransactionValidity.TypeNotSupported t) {
      return new Rejection.TxTypeNotSupported(t.type(), t.fork());
    }
    if (invalid instanceof TransactionValidity.WrongChainId w) {
      return new Rejection.InvalidChainId(w.expected(), w.actual());
    }
    if (invalid instanceof TransactionValidity.NonceAtMaximum n) {
      return new Rejection.NonceMax(n.nonce());
    }
    if (invalid instanceof TransactionValidity.PriorityFeeAboveMaxFee p) {
      return new Rejection.TipAboveFeeCap(p.maxPriorityFeePerGas(), p.maxFeePerGas());
    }
    if (invalid instanceof TransactionValidity.IntrinsicGasTooLow i) {
      return new Rejection.IntrinsicGasTooLow(i.gasLimit(), i.required());
    }
    if (invalid instanceof TransactionValidity.FloorDataGasTooLow f) {
      return new Rejection.FloorDataGasTooLow(f.gasLimit(), f.required());
    }
    if (invalid instanceof TransactionValidity.SignatureOutOfRange
        || invalid instanceof TransactionValidity.HighS
        || invalid instanceof TransactionValidity.UnrecoverableSender) {
      return new Rejection.InvalidSender("invalid transaction v, r, s values"); // Geth's types.ErrInvalidSig
    }
    if (invalid instanceof TransactionValidity.ReplayProtectionNotActive) {
      return new Rejection.InvalidSender(invalid.reason());
    }
    return new Rejection.InvalidTransaction(invalid);
  }
}
