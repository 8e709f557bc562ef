package io.converge.protocol.block;

import io.converge.types.Fork;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fork changes in the rules of blocks (header fields and rewards), each fork the previous one plus its changes.
 *
 * @param blockReward what the miner earns per block before the merge; empty from Paris
 * @param difficulty how the proof-of-work difficulty follows the parent's; {@code NONE} from Paris
 * @param bombDelay how many blocks the difficulty bomb is pushed back (EIP-649, 1234, 2384, 3554, 4345, 5133)
 */
public record BlockRules(Fork fork, Optional<Wei> blockReward, DifficultyFormula difficulty, long bombDelay) {
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);
  private static final Map<Fork, BlockRules> BY_FORK = buildAll();

  public BlockRules {
    Objects.requireNonNull(fork, "fork");
    Objects.requireNonNull(blockReward, "blockReward");
    Objects.requireNonNull(difficulty, "difficulty");
  }

  /** The proof-of-work difficulty adjustments; the formula changes in Homestead (EIP-2) and Byzantium (EIP-100). */
  public enum DifficultyFormula { FRONTIER, HOMESTEAD, BYZANTIUM, NONE }

  public static BlockRules of(Fork fork) {
    return BY_FORK.get(fork);
  }

  public boolean proofOfStake() {
    return difficulty == DifficultyFormula.NONE;
  }

  private static Map<Fork, BlockRules> buildAll() {
    Map<Fork, BlockRules> out = new EnumMap<>(Fork.class);
    BlockRules r = new BlockRules(Fork.FRONTIER, ether(5), DifficultyFormula.FRONTIER, 0);
    for (Fork fork : Fork.values()) {
      r = changesIn(fork, r);
      out.put(fork, r);
    }
    return out;
  }

  private static BlockRules changesIn(Fork fork, BlockRules p) {
    return switch (fork) {
      case HOMESTEAD -> new BlockRules(fork, p.blockReward, DifficultyFormula.HOMESTEAD, p.bombDelay); // EIP-2
      case BYZANTIUM -> new BlockRules(fork, ether(3), DifficultyFormula.BYZANTIUM, 3_000_000); // EIP-649, EIP-100
      case CONSTANTINOPLE -> new BlockRules(fork, ether(2), p.difficulty, 5_000_000); // EIP-1234
      case MUIR_GLACIER -> new BlockRules(fork, p.blockReward, p.difficulty, 9_000_000); // EIP-2384
      case LONDON -> new BlockRules(fork, p.blockReward, p.difficulty, 9_700_000); // EIP-3554
      case ARROW_GLACIER -> new BlockRules(fork, p.blockReward, p.difficulty, 10_700_000); // EIP-4345
      case GRAY_GLACIER -> new BlockRules(fork, p.blockReward, p.difficulty, 11_400_000); // EIP-5133
      case PARIS -> new BlockRules(fork, Optional.empty(), DifficultyFormula.NONE, 0); // EIP-3675
      default -> new BlockRules(fork, p.blockReward, p.difficulty, p.bombDelay);
    };
  }

  private static Optional<Wei> ether(long n) {
    return Optional.of(new Wei(ETHER.multiply(BigInteger.valueOf(n))));
  }
}
