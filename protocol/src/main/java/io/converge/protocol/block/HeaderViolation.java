package io.converge.protocol.block;

import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;

/** A header rule a block breaks, judged from the header and its parent alone. Each carries the values that differ. */
public sealed interface HeaderViolation extends BlockViolation {

  record NumberNotParentPlusOne(long expected, long actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "block number: expected " + Long.toUnsignedString(expected) + " (parent + 1), got "
          + Long.toUnsignedString(actual);
    }
  }

  record TimestampNotAfterParent(long parentTimestamp, long timestamp) implements HeaderViolation {
    @Override
    public String reason() {
      return "timestamp " + Long.toUnsignedString(timestamp) + " is not after the parent's "
          + Long.toUnsignedString(parentTimestamp);
    }
  }

  /** The gas limit may move by less than parent / 1024 per block. */
  record GasLimitOutOfBounds(long parentGasLimit, long gasLimit, long maxDelta) implements HeaderViolation {
    @Override
    public String reason() {
      return "gas limit " + gasLimit + " differs from the parent's " + parentGasLimit + " by " + maxDelta
          + " or more";
    }
  }

  record GasLimitBelowMinimum(long minimum, long gasLimit) implements HeaderViolation {
    @Override
    public String reason() {
      return "gas limit " + gasLimit + " below the minimum " + minimum;
    }
  }

  /** Gas limits are signed 64-bit values in every client: 2^63 - 1 at most. */
  record GasLimitAboveMaximum(long maximum, long gasLimit) implements HeaderViolation {
    @Override
    public String reason() {
      return "gas limit " + Long.toUnsignedString(gasLimit) + " above the maximum " + maximum;
    }
  }

  record GasUsedExceedsLimit(long gasLimit, long gasUsed) implements HeaderViolation {
    @Override
    public String reason() {
      return "gas used " + Long.toUnsignedString(gasUsed) + " exceeds the gas limit " + gasLimit;
    }
  }

  record ExtraDataTooLong(int maximum, int actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "extra data of " + actual + " bytes exceeds " + maximum;
    }
  }

  /** EIP-1559: the base fee follows from the parent's gas used and target. */
  record BaseFeeMismatch(Wei expected, Wei actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "base fee: expected " + expected + ", got " + actual;
    }
  }

  /** A field a fork added is missing, or present before its fork. */
  record FieldPresence(String field, Fork fork, boolean required) implements HeaderViolation {
    @Override
    public String reason() {
      return field + (required ? " is required" : " is not allowed") + " in " + fork.fixtureName();
    }
  }

  /** EIP-4844: the excess blob gas follows from the parent's excess and usage. */
  record ExcessBlobGasMismatch(long expected, long actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "excess blob gas: expected " + expected + ", got " + actual;
    }
  }

  record BlobGasUsedAboveMaximum(long maximum, long actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "blob gas used " + actual + " above the maximum " + maximum;
    }
  }

  record BlobGasUsedNotMultipleOfBlob(long gasPerBlob, long actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "blob gas used " + actual + " is not a multiple of " + gasPerBlob;
    }
  }

  record DifficultyMismatch(UInt256 expected, UInt256 actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "difficulty: expected " + expected + ", got " + actual;
    }
  }

  /** EIP-3675: proof-of-stake headers have nonce 0. */
  record NonceNotZeroAfterMerge(long actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "nonce must be 0 after the merge, got " + Long.toUnsignedString(actual);
    }
  }

  /** EIP-3675: proof-of-stake blocks have no ommers. */
  record OmmersAfterMerge(Hash expected, Hash actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "ommers hash after the merge: expected " + expected + " (no ommers), got " + actual;
    }
  }

  /** The ten blocks from the DAO fork carry "dao-hard-fork" as extra data, so that peers pick a side. */
  record DaoExtraDataMismatch(Bytes expected, Bytes actual) implements HeaderViolation {
    @Override
    public String reason() {
      return "extra data in the DAO fork range: expected " + expected + ", got " + actual;
    }
  }
}
