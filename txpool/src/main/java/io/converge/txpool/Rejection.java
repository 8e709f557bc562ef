package io.converge.txpool;

import io.converge.crypto.hash.Keccak256;
import io.converge.types.Address;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.TransactionType;
import io.converge.types.transaction.TransactionValidity;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Why the pool turned a transaction away. Each reason carries the values that broke the rule, and {@link #message()}
 * is the text Geth returns for the same case ({@code core/txpool/validation.go}, {@code core/error.go},
 * {@code legacypool}), because wallets and scripts match on those strings.
 */
public sealed interface Rejection {

  /** The error text for RPC callers, worded as Geth words it. */
  String message();

  record AlreadyKnown(Hash hash) implements Rejection {
    public AlreadyKnown {
      Objects.requireNonNull(hash, "hash");
    }

    @Override
    public String message() {
      return "already known";
    }
  }

  /** The signature recovers no sender, or its scalars are out of range (Geth: {@code types.ErrInvalidSig}). */
  record InvalidSender(String detail) implements Rejection {
    public InvalidSender {
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String message() {
      return "invalid sender: " + detail;
    }
  }

  record InvalidChainId(ChainId expected, ChainId actual) implements Rejection {
    public InvalidChainId {
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(actual, "actual");
    }

    @Override
    public String message() {
      return "invalid chain id for signer: have " + actual + " want " + expected;
    }
  }

  record OversizedData(int size, int limit) implements Rejection {
    @Override
    public String message() {
      return "oversized data: transaction size " + size + ", limit " + limit;
    }
  }

  record TxTypeNotSupported(TransactionType type, Fork fork) implements Rejection {
    public TxTypeNotSupported {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(fork, "fork");
    }

    @Override
    public String message() {
      return "transaction type not supported: type " + type.typeByte() + " rejected, pool is in "
          + fork.fixtureName();
    }
  }

  record NonceTooLow(long expected, long actual) implements Rejection {
    @Override
    public String message() {
      return "nonce too low: next nonce " + Long.toUnsignedString(expected) + ", tx nonce "
          + Long.toUnsignedString(actual);
    }
  }

  /** EIP-2681: a nonce of 2^64-1 could never be followed. */
  record NonceMax(long nonce) implements Rejection {
    @Override
    public String message() {
      return "nonce has max value: tx nonce " + Long.toUnsignedString(nonce);
    }
  }

  /** The balance does not cover {@code gasLimit * maxFeePerGas + value} (+ blob gas) of this transaction alone. */
  record InsufficientFunds(Wei balance, Wei cost) implements Rejection {
    public InsufficientFunds {
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(cost, "cost");
    }

    @Override
    public String message() {
      return "insufficient funds for gas * price + value: balance " + balance + ", tx cost " + cost + ", overshot "
          + cost.value().subtract(balance.value());
    }
  }

  /** The balance covers this transaction but not together with the sender's transactions already pooled. */
  record Overdraft(Wei balance, Wei queuedCost, Wei cost) implements Rejection {
    public Overdraft {
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(queuedCost, "queuedCost");
      Objects.requireNonNull(cost, "cost");
    }

    @Override
    public String message() {
      return "insufficient funds for gas * price + value: balance " + balance + ", queued cost " + queuedCost
          + ", tx cost " + cost + ", overshot " + queuedCost.value().add(cost.value()).subtract(balance.value());
    }
  }

  /** A replacement raises the sender's pooled spending beyond the balance. */
  record ReplacementOverdraft(Wei balance, Wei queuedCost, Wei bump) implements Rejection {
    public ReplacementOverdraft {
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(queuedCost, "queuedCost");
      Objects.requireNonNull(bump, "bump");
    }

    @Override
    public String message() {
      return "insufficient funds for gas * price + value: balance " + balance + ", queued cost " + queuedCost
          + ", tx bumped " + bump + ", overshot " + queuedCost.value().add(bump.value()).subtract(balance.value());
    }
  }

  record IntrinsicGasTooLow(long gas, long minimum) implements Rejection {
    @Override
    public String message() {
      return "intrinsic gas too low: gas " + Long.toUnsignedString(gas) + ", minimum needed " + minimum;
    }
  }

  /** EIP-7623. */
  record FloorDataGasTooLow(long gas, long minimum) implements Rejection {
    @Override
    public String message() {
      return "insufficient gas for floor data gas cost: gas " + Long.toUnsignedString(gas) + ", minimum needed "
          + minimum;
    }
  }

  /** The tip is below the pool's configured minimum ({@code --txpool.pricelimit}). */
  record TipBelowMinimum(Wei tip, Wei minimum) implements Rejection {
    public TipBelowMinimum {
      Objects.requireNonNull(tip, "tip");
      Objects.requireNonNull(minimum, "minimum");
    }

    @Override
    public String message() {
      return "transaction gas price below minimum: gas tip cap " + tip + ", minimum needed " + minimum;
    }
  }

  record TipAboveFeeCap(Wei maxPriorityFeePerGas, Wei maxFeePerGas) implements Rejection {
    public TipAboveFeeCap {
      Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
      Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
    }

    @Override
    public String message() {
      return "max priority fee per gas higher than max fee per gas";
    }
  }

  record FeeCapTooLow(Address sender, Wei maxFeePerGas, Wei baseFee) implements Rejection {
    public FeeCapTooLow {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
      Objects.requireNonNull(baseFee, "baseFee");
    }

    @Override
    public String message() {
      return "max fee per gas less than block base fee: address " + checksummed(sender) + ", maxFeePerGas: "
          + maxFeePerGas + ", baseFee: " + baseFee;
    }
  }

  /** EIP-4844: the blob fee cap is below the blob base fee of the next block. */
  record BlobFeeCapTooLow(Address sender, Wei maxFeePerBlobGas, Wei blobBaseFee) implements Rejection {
    public BlobFeeCapTooLow {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(maxFeePerBlobGas, "maxFeePerBlobGas");
      Objects.requireNonNull(blobBaseFee, "blobBaseFee");
    }

    @Override
    public String message() {
      return "max fee per blob gas less than block blob gas fee: address " + checksummed(sender) + " blobGasFeeCap: "
          + maxFeePerBlobGas + ", blobBaseFee: " + blobBaseFee;
    }
  }

  record GasLimitExceeded(long blockGasLimit, long gas) implements Rejection {
    @Override
    public String message() {
      return "exceeds block gas limit";
    }
  }

  /**
   * A transaction with the same sender and nonce is pooled and this one does not raise both the fee cap and the tip
   * (and, for blob transactions, the blob fee cap) by the configured bump.
   */
  record ReplacementUnderpriced(Wei oldFeeCap, Wei oldTip, Wei newFeeCap, Wei newTip, int bumpPercent)
      implements Rejection {
    public ReplacementUnderpriced {
      Objects.requireNonNull(oldFeeCap, "oldFeeCap");
      Objects.requireNonNull(oldTip, "oldTip");
      Objects.requireNonNull(newFeeCap, "newFeeCap");
      Objects.requireNonNull(newTip, "newTip");
    }

    @Override
    public String message() {
      return "replacement transaction underpriced";
    }
  }

  /**
   * A blob transaction may only be replaced by a blob transaction and a non-blob one only by a non-blob one: Geth
   * keeps them in separate pools and reserves the address for one of them.
   */
  record TypeConflict(long nonce, TransactionType pooled, TransactionType incoming) implements Rejection {
    public TypeConflict {
      Objects.requireNonNull(pooled, "pooled");
      Objects.requireNonNull(incoming, "incoming");
    }

    @Override
    public String message() {
      return "address already reserved: nonce " + Long.toUnsignedString(nonce) + " holds a " + pooled
          + " transaction, a " + incoming + " transaction cannot replace it";
    }
  }

  /** The pool is full and the transaction pays no more than the cheapest one it could evict. */
  record PoolFull(int capacity) implements Rejection {
    @Override
    public String message() {
      return "txpool is full";
    }
  }

  /** The sender has as many queued (or blob) transactions as one account may have. */
  record AccountLimitExceeded(int pooled, int limit) implements Rejection {
    @Override
    public String message() {
      return "account limit exceeded: pooled " + pooled + " txs";
    }
  }

  /** Any other static rule of {@code TransactionValidator}: the reason is its own sentence. */
  record InvalidTransaction(TransactionValidity.Invalid cause) implements Rejection {
    public InvalidTransaction {
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String message() {
      return cause.reason();
    }
  }

  /** Raw bytes that are no transaction. */
  record Undecodable(String detail) implements Rejection {
    public Undecodable {
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String message() {
      return "invalid transaction encoding: " + detail;
    }
  }

  /** An admission policy turned the transaction away; its reason is the caller's error message, verbatim. */
  record PolicyRejected(String policy, String reason, double score) implements Rejection {
    public PolicyRejected {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String message() {
      return reason;
    }
  }

  /** An admission policy cannot decide now (a transient condition); the sender may retry later. */
  record PolicyDeferred(String policy, String reason) implements Rejection {
    public PolicyDeferred {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String message() {
      return reason;
    }
  }

  /** EIP-55 mixed-case hex, as Geth prints addresses ({@code common.Address.Hex}). */
  static String checksummed(Address address) {
    String hex = address.toHex().substring(2);
    byte[] hash = Keccak256.hash(hex.getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder("0x");
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }
}
