package io.converge.protocol.block;

import io.converge.protocol.fork.BlobGasRules;
import io.converge.protocol.fork.ForkRules;
import io.converge.types.Fork;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The header rules of a fork, judged against the parent (execution-specs {@code validate_header}): number, timestamp,
 * gas limit bounds, extra data, the fields forks added, the EIP-1559 base fee, the EIP-4844 blob gas, and either the
 * proof-of-work difficulty or the proof-of-stake constants. The seal itself (ethash) is not verified.
 */
public final class HeaderValidator {
  public static final long MIN_GAS_LIMIT = 5000;
  public static final long MAX_GAS_LIMIT = Long.MAX_VALUE;
  public static final int MAX_EXTRA_DATA = 32;
  static final long GAS_LIMIT_BOUND_DIVISOR = 1024;
  static final long ELASTICITY_MULTIPLIER = 2;
  static final long BASE_FEE_CHANGE_DENOMINATOR = 8;
  /** EIP-1559: the base fee of the London transition block. */
  public static final Wei INITIAL_BASE_FEE = Wei.of(1_000_000_000L);

  private HeaderValidator() {}

  /**
   * Checks {@code header} of fork {@code fork} against {@code parent}, whose fork is {@code parentFork} (the London
   * transition block has no parent base fee to follow).
   */
  public static Optional<HeaderViolation> validate(BlockHeader header, BlockHeader parent, Fork fork,
      Fork parentFork) {
    Optional<HeaderViolation> v = fieldsOf(header, fork);
    if (v.isPresent()) {
      return v;
    }
    if (header.number() != parent.number() + 1) {
      return Optional.of(new HeaderViolation.NumberNotParentPlusOne(parent.number() + 1, header.number()));
    }
    if (Long.compareUnsigned(header.timestamp(), parent.timestamp()) <= 0) {
      return Optional.of(new HeaderViolation.TimestampNotAfterParent(parent.timestamp(), header.timestamp()));
    }
    if (header.extraData().size() > MAX_EXTRA_DATA) {
      return Optional.of(new HeaderViolation.ExtraDataTooLong(MAX_EXTRA_DATA, header.extraData().size()));
    }
    if (header.gasLimit() < 0) {
      return Optional.of(new HeaderViolation.GasLimitAboveMaximum(MAX_GAS_LIMIT, header.gasLimit()));
    }
    if (Long.compareUnsigned(header.gasUsed(), header.gasLimit()) > 0) {
      return Optional.of(new HeaderViolation.GasUsedExceedsLimit(header.gasLimit(), header.gasUsed()));
    }
    boolean londonTransition = fork.isAtLeast(Fork.LONDON) && parentFork.isBefore(Fork.LONDON);
    // EIP-1559: at the transition the parent's limit counts as its target, so the elastic limit is twice it.
    long parentGasLimit = londonTransition ? parent.gasLimit() * ELASTICITY_MULTIPLIER : parent.gasLimit();
    v = gasLimit(header.gasLimit(), parentGasLimit);
    if (v.isPresent()) {
      return v;
    }
    if (fork.isAtLeast(Fork.LONDON)) {
      Wei expected = londonTransition ? INITIAL_BASE_FEE : baseFee(parent);
      Wei actual = header.baseFeePerGas().orElseThrow();
      if (!expected.equals(actual)) {
        return Optional.of(new HeaderViolation.BaseFeeMismatch(expected, actual));
      }
    }
    v = blobGas(header, parent, fork);
    if (v.isPresent()) {
      return v;
    }
    return consensus(header, parent, fork);
  }

  /** The gas limit must stay within parent / 1024 of the parent's and at or above 5000. */
  static Optional<HeaderViolation> gasLimit(long gasLimit, long parentGasLimit) {
    long maxDelta = parentGasLimit / GAS_LIMIT_BOUND_DIVISOR;
    if (Math.abs(gasLimit - parentGasLimit) >= maxDelta) {
      return Optional.of(new HeaderViolation.GasLimitOutOfBounds(parentGasLimit, gasLimit, maxDelta));
    }
    if (gasLimit < MIN_GAS_LIMIT) {
      return Optional.of(new HeaderViolation.GasLimitBelowMinimum(MIN_GAS_LIMIT, gasLimit));
    }
    return Optional.empty();
  }

  /** EIP-1559: the base fee moves by at most 1/8 towards the parent's usage relative to its target. */
  public static Wei baseFee(BlockHeader parent) {
    BigInteger parentBaseFee = parent.baseFeePerGas().orElseThrow().value();
    long target = parent.gasLimit() / ELASTICITY_MULTIPLIER;
    long used = parent.gasUsed();
    if (used == target) {
      return new Wei(parentBaseFee);
    }
    BigInteger denominator = BigInteger.valueOf(target).multiply(BigInteger.valueOf(BASE_FEE_CHANGE_DENOMINATOR));
    if (used > target) {
      BigInteger delta = parentBaseFee.multiply(BigInteger.valueOf(used - target)).divide(denominator)
          .max(BigInteger.ONE);
      return new Wei(parentBaseFee.add(delta));
    }
    BigInteger delta = parentBaseFee.multiply(BigInteger.valueOf(target - used)).divide(denominator);
    return new Wei(parentBaseFee.subtract(delta));
  }

  /** The fields forks added are present exactly from their fork on. */
  static Optional<HeaderViolation> fieldsOf(BlockHeader header, Fork fork) {
    if (header.baseFeePerGas().isPresent() != fork.isAtLeast(Fork.LONDON)) {
      return presence("baseFeePerGas", fork, Fork.LONDON);
    }
    if (header.withdrawalsRoot().isPresent() != fork.isAtLeast(Fork.SHANGHAI)) {
      return presence("withdrawalsRoot", fork, Fork.SHANGHAI);
    }
    if (header.blobGasUsed().isPresent() != fork.isAtLeast(Fork.CANCUN)) {
      return presence("blobGasUsed", fork, Fork.CANCUN);
    }
    if (header.excessBlobGas().isPresent() != fork.isAtLeast(Fork.CANCUN)) {
      return presence("excessBlobGas", fork, Fork.CANCUN);
    }
    if (header.parentBeaconBlockRoot().isPresent() != fork.isAtLeast(Fork.CANCUN)) {
      return presence("parentBeaconBlockRoot", fork, Fork.CANCUN);
    }
    if (header.requestsHash().isPresent() != fork.isAtLeast(Fork.PRAGUE)) {
      return presence("requestsHash", fork, Fork.PRAGUE);
    }
    return Optional.empty();
  }

  private static Optional<HeaderViolation> presence(String field, Fork fork, Fork since) {
    return Optional.of(new HeaderViolation.FieldPresence(field, fork, fork.isAtLeast(since)));
  }

  /** EIP-4844: the excess follows the parent's; usage is whole blobs within the block maximum. */
  private static Optional<HeaderViolation> blobGas(BlockHeader header, BlockHeader parent, Fork fork) {
    Optional<BlobGasRules> rules = ForkRules.of(fork).blobGas();
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    BlobGasRules blob = rules.get();
    long expectedExcess = blob.excessBlobGas(parent.excessBlobGas().orElse(0), parent.blobGasUsed().orElse(0));
    long excess = header.excessBlobGas().orElseThrow();
    if (excess != expectedExcess) {
      return Optional.of(new HeaderViolation.ExcessBlobGasMismatch(expectedExcess, excess));
    }
    long used = header.blobGasUsed().orElseThrow();
    if (Long.compareUnsigned(used, blob.maxPerBlock()) > 0) {
      return Optional.of(new HeaderViolation.BlobGasUsedAboveMaximum(blob.maxPerBlock(), used));
    }
    if (used % blob.gasPerBlob() != 0) {
      return Optional.of(new HeaderViolation.BlobGasUsedNotMultipleOfBlob(blob.gasPerBlob(), used));
    }
    return Optional.empty();
  }

  /** Proof of work: the difficulty formula. Proof of stake (EIP-3675): difficulty 0, nonce 0, no ommers. */
  private static Optional<HeaderViolation> consensus(BlockHeader header, BlockHeader parent, Fork fork) {
    BlockRules rules = BlockRules.of(fork);
    if (rules.proofOfStake()) {
      if (!header.difficulty().isZero()) {
        return Optional.of(new HeaderViolation.DifficultyMismatch(UInt256.ZERO, header.difficulty()));
      }
      if (header.nonce() != 0) {
        return Optional.of(new HeaderViolation.NonceNotZeroAfterMerge(header.nonce()));
      }
      if (!header.ommersHash().equals(BlockHeader.EMPTY_OMMERS_HASH)) {
        return Optional.of(new HeaderViolation.OmmersAfterMerge(BlockHeader.EMPTY_OMMERS_HASH, header.ommersHash()));
      }
      return Optional.empty();
    }
    UInt256 expected = Difficulty.expected(rules, header.number(), header.timestamp(), parent);
    if (!expected.equals(header.difficulty())) {
      return Optional.of(new HeaderViolation.DifficultyMismatch(expected, header.difficulty()));
    }
    return Optional.empty();
  }
}
