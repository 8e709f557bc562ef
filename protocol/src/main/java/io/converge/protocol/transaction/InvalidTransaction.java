package io.converge.protocol.transaction;

import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.TransactionValidity;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Why a transaction cannot be included in a block: a static rule (judged from the transaction alone) or a rule against
 * the block and the state. Each reason carries the values that broke the rule.
 */
public sealed interface InvalidTransaction {
  /** A sentence for logs, RPC errors and test reports. */
  String reason();

  /** A rule of {@code TransactionValidator}: type, signature, intrinsic gas, init code size, blob count... */
  record StaticRuleBroken(TransactionValidity.Invalid rule) implements InvalidTransaction {
    public StaticRuleBroken {
      Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String reason() {
      return rule.reason();
    }
  }

  /** The transaction could not even be formed (a field out of range, a blob transaction without recipient). */
  record Malformed(String detail) implements InvalidTransaction {
    @Override
    public String reason() {
      return "malformed transaction: " + detail;
    }
  }

  record NonceTooLow(long expected, long actual) implements InvalidTransaction {
    @Override
    public String reason() {
      return "nonce too low: expected " + Long.toUnsignedString(expected) + ", got " + Long.toUnsignedString(actual);
    }
  }

  record NonceTooHigh(long expected, long actual) implements InvalidTransaction {
    @Override
    public String reason() {
      return "nonce too high: expected " + Long.toUnsignedString(expected) + ", got " + Long.toUnsignedString(actual);
    }
  }

  /** The sender cannot pay for the gas limit at the fee cap, the value and the blob fee cap up front. */
  record InsufficientFunds(BigInteger required, Wei balance) implements InvalidTransaction {
    @Override
    public String reason() {
      return "insufficient funds: required " + required + ", balance " + balance;
    }
  }

  /** EIP-1559: the fee cap must cover the block's base fee. */
  record FeeCapBelowBaseFee(Wei baseFee, Wei maxFeePerGas) implements InvalidTransaction {
    @Override
    public String reason() {
      return "max fee per gas " + maxFeePerGas + " below base fee " + baseFee;
    }
  }

  /** EIP-4844: the blob fee cap must cover the block's blob base fee. */
  record BlobFeeCapBelowBlobBaseFee(Wei blobBaseFee, Wei maxFeePerBlobGas) implements InvalidTransaction {
    @Override
    public String reason() {
      return "max fee per blob gas " + maxFeePerBlobGas + " below blob base fee " + blobBaseFee;
    }
  }

  /** EIP-3607: only accounts without code may send transactions. */
  record SenderHasCode(Address sender, Hash codeHash) implements InvalidTransaction {
    @Override
    public String reason() {
      return "sender " + sender + " has code (hash " + codeHash + "), EIP-3607";
    }
  }

  /** The gas limit exceeds what is left of the block's gas limit. */
  record GasLimitExceedsBlock(long available, long gasLimit) implements InvalidTransaction {
    @Override
    public String reason() {
      return "gas limit " + Long.toUnsignedString(gasLimit) + " exceeds the block's remaining "
          + Long.toUnsignedString(available);
    }
  }

  /** The blobs exceed what is left of the block's blob gas. */
  record BlobGasExceedsBlock(long available, long blobGas) implements InvalidTransaction {
    @Override
    public String reason() {
      return "blob gas " + blobGas + " exceeds the block's remaining " + available;
    }
  }
}
