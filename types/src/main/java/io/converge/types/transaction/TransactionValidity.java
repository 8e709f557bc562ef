package io.converge.types.transaction;

import io.converge.types.Address;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The verdict of {@link TransactionValidator}: valid with what execution needs, or invalid with a reason that carries
 * the values that broke the rule.
 */
public sealed interface TransactionValidity {

  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The transaction passes every static rule of the fork. */
  record Valid(long intrinsicGas, Address sender) implements TransactionValidity {
    public Valid {
      Objects.requireNonNull(sender, "sender");
    }
  }

  /** Why a transaction is rejected. */
  sealed interface Invalid extends TransactionValidity {
    /** A sentence for logs and RPC errors. */
    String reason();
  }

  /** The fork does not accept this transaction type yet (EIP-2718 types arrive with their forks). */
  record TypeNotSupported(TransactionType type, Fork fork) implements Invalid {
    @Override
    public String reason() {
      return type + " transactions are not accepted in " + fork;
    }
  }

  /** An EIP-155 signature before Spurious Dragon, when {@code v} had to be 27 or 28. */
  record ReplayProtectionNotActive(ChainId chainId, Fork fork) implements Invalid {
    @Override
    public String reason() {
      return "EIP-155 signature (chain id " + chainId + ") is not accepted in " + fork;
    }
  }

  record WrongChainId(ChainId expected, ChainId actual) implements Invalid {
    @Override
    public String reason() {
      return "chain id: expected " + expected + ", got " + actual;
    }
  }

  /** EIP-2681: the nonce must stay below 2^64 - 1 so that the sender's nonce can still be incremented. */
  record NonceAtMaximum(long nonce) implements Invalid {
    @Override
    public String reason() {
      return "nonce " + Long.toUnsignedString(nonce) + " is the maximum 2^64-1 (EIP-2681)";
    }
  }

  record PriorityFeeAboveMaxFee(Wei maxPriorityFeePerGas, Wei maxFeePerGas) implements Invalid {
    @Override
    public String reason() {
      return "max priority fee " + maxPriorityFeePerGas + " exceeds max fee " + maxFeePerGas;
    }
  }

  /** {@code gasLimit * maxFeePerGas} does not fit in 256 bits, so no balance could cover it. */
  record GasCostOverflow(long gasLimit, Wei maxFeePerGas) implements Invalid {
    @Override
    public String reason() {
      return "gas limit " + Long.toUnsignedString(gasLimit) + " times fee " + maxFeePerGas + " overflows 256 bits";
    }
  }

  /** r or s outside [1, n-1]. */
  record SignatureOutOfRange(BigInteger r, BigInteger s) implements Invalid {
    @Override
    public String reason() {
      return "signature scalars out of range [1, n-1]: r=" + r.toString(16) + " s=" + s.toString(16);
    }
  }

  /** EIP-2: s must be at most n/2 from Homestead on. */
  record HighS(BigInteger s, BigInteger max) implements Invalid {
    @Override
    public String reason() {
      return "s " + s.toString(16) + " above n/2 " + max.toString(16) + " (EIP-2)";
    }
  }

  /** The signature is well-formed but recovers no public key. */
  record UnrecoverableSender() implements Invalid {
    @Override
    public String reason() {
      return "signature recovers no sender";
    }
  }

  record IntrinsicGasTooLow(long required, long gasLimit) implements Invalid {
    @Override
    public String reason() {
      return "intrinsic gas " + required + " exceeds gas limit " + Long.toUnsignedString(gasLimit);
    }
  }

  /** EIP-7623: the gas limit must cover the calldata floor. */
  record FloorDataGasTooLow(long required, long gasLimit) implements Invalid {
    @Override
    public String reason() {
      return "calldata floor gas " + required + " exceeds gas limit " + Long.toUnsignedString(gasLimit);
    }
  }

  /** EIP-3860: init code larger than twice the contract size limit. */
  record InitcodeTooLarge(int max, int actual) implements Invalid {
    @Override
    public String reason() {
      return "init code of " + actual + " bytes exceeds " + max;
    }
  }

  /** EIP-4844: a blob transaction must carry at least one blob. */
  record NoBlobs() implements Invalid {
    @Override
    public String reason() {
      return "blob transaction without blob versioned hashes";
    }
  }

  record TooManyBlobs(int max, int actual) implements Invalid {
    @Override
    public String reason() {
      return actual + " blobs exceed the " + max + " a block may hold";
    }
  }

  /** EIP-4844: every versioned hash starts with the KZG version byte. */
  record WrongBlobHashVersion(int index, int expected, int actual) implements Invalid {
    @Override
    public String reason() {
      return String.format("blob versioned hash %d has version 0x%02x, expected 0x%02x", index, actual, expected);
    }
  }

  /** EIP-7702: a set-code transaction must carry at least one authorization. */
  record NoAuthorizations() implements Invalid {
    @Override
    public String reason() {
      return "set-code transaction with an empty authorization list";
    }
  }
}
