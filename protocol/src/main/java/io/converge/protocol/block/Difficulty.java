package io.converge.protocol.block;

import io.converge.types.UInt256;
import io.converge.types.block.BlockHeader;
import java.math.BigInteger;

/** The proof-of-work difficulty a block must carry, from its parent, its timestamp and the fork's formula. */
public final class Difficulty {
  static final BigInteger MINIMUM = BigInteger.valueOf(131_072);
  private static final BigInteger ADJUSTMENT_QUOTIENT = BigInteger.valueOf(2048);
  private static final long BOMB_PERIOD = 100_000;

  private Difficulty() {}

  /** The expected difficulty of block {@code number} at {@code timestamp} on top of {@code parent}. */
  public static UInt256 expected(BlockRules rules, long number, long timestamp, BlockHeader parent) {
    return expected(rules, number, timestamp, parent.timestamp(), parent.difficulty().value(),
        !parent.ommersHash().equals(BlockHeader.EMPTY_OMMERS_HASH));
  }

  /** The same from the parent's facts alone, as the DifficultyTests fixtures give them. */
  public static UInt256 expected(BlockRules rules, long number, long timestamp, long parentTimestamp,
      BigInteger parentDifficulty, boolean parentHasOmmers) {
    if (rules.proofOfStake()) {
      return UInt256.ZERO;
    }
    BigInteger step = parentDifficulty.divide(ADJUSTMENT_QUOTIENT);
    long elapsed = timestamp - parentTimestamp;
    BigInteger difficulty = switch (rules.difficulty()) {
      case FRONTIER -> elapsed < 13 ? parentDifficulty.add(step) : parentDifficulty.subtract(step);
      case HOMESTEAD -> parentDifficulty.add(step.multiply(BigInteger.valueOf(Math.max(1 - elapsed / 10, -99))));
      case BYZANTIUM -> parentDifficulty.add(step.multiply(
          BigInteger.valueOf(Math.max((parentHasOmmers ? 2 : 1) - elapsed / 9, -99))));
      case NONE -> throw new IllegalStateException("unreachable");
    };
    difficulty = difficulty.max(MINIMUM);
    // The bomb counts from a block number pushed back by the fork's delay (EIP-649 and its successors).
    long bombNumber = Math.max(number - rules.bombDelay(), 0);
    long periods = bombNumber / BOMB_PERIOD - 2;
    if (periods >= 0) {
      // Past 2^256 no header can carry the difficulty; capping the exponent keeps the arithmetic bounded.
      difficulty = difficulty.add(BigInteger.ONE.shiftLeft((int) Math.min(periods, 257)));
    }
    // A header cannot hold more than 2^256 - 1, so such a block can only mismatch.
    return new UInt256(difficulty.min(UInt256.MAX));
  }
}
