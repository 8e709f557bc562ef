package io.converge.chain.config;

import io.converge.types.Fork;
import java.math.BigInteger;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When each fork activates: forks before Paris at a block number, Paris when the parent's total difficulty reaches the
 * terminal total difficulty (EIP-3675), forks after Paris at a timestamp. A fork without an activation never
 * activates. The DAO fork (EIP-779) changes no rules, so it is a block number beside the forks.
 */
public final class ForkSchedule {
  private final Map<Fork, Long> byBlock;
  private final Map<Fork, Long> byTime;
  private final Optional<BigInteger> terminalTotalDifficulty;
  private final OptionalLong daoForkBlock;

  private ForkSchedule(Map<Fork, Long> byBlock, Map<Fork, Long> byTime, Optional<BigInteger> ttd,
      OptionalLong daoForkBlock) {
    this.byBlock = Collections.unmodifiableMap(new EnumMap<>(byBlock));
    this.byTime = Collections.unmodifiableMap(new EnumMap<>(byTime));
    this.terminalTotalDifficulty = ttd;
    this.daoForkBlock = daoForkBlock;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every fork up to {@code fork} active from genesis (a merged chain when {@code fork} is Paris or later). */
  public static ForkSchedule allFrom(Fork fork) {
    Builder b = builder();
    for (Fork f : Fork.values()) {
      if (f.compareTo(fork) > 0) {
        break;
      }
      b.activate(f, 0);
    }
    return b.build();
  }

  /** The fork of a block with {@code number} and {@code timestamp}; {@code merged} when its parent reached the TTD. */
  public Fork forkAt(long number, long timestamp, boolean merged) {
    Fork current = Fork.FRONTIER;
    for (Fork f : Fork.values()) {
      boolean active;
      if (f == Fork.PARIS) {
        active = merged;
      } else if (byBlock.containsKey(f)) {
        active = Long.compareUnsigned(number, byBlock.get(f)) >= 0;
      } else if (byTime.containsKey(f)) {
        active = Long.compareUnsigned(timestamp, byTime.get(f)) >= 0;
      } else {
        active = false;
      }
      if (active) {
        current = f;
      }
    }
    return current;
  }

  /** Whether a block whose parent has total difficulty {@code parentTotalDifficulty} is proof of stake. */
  public boolean isMerged(BigInteger parentTotalDifficulty) {
    return terminalTotalDifficulty.map(ttd -> parentTotalDifficulty.compareTo(ttd) >= 0).orElse(false);
  }

  public Optional<BigInteger> terminalTotalDifficulty() {
    return terminalTotalDifficulty;
  }

  public OptionalLong daoForkBlock() {
    return daoForkBlock;
  }

  /** The block-number activations, for forks before Paris. */
  public Map<Fork, Long> blockActivations() {
    return byBlock;
  }

  /** The timestamp activations, for forks after Paris. */
  public Map<Fork, Long> timeActivations() {
    return byTime;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ForkSchedule s && byBlock.equals(s.byBlock) && byTime.equals(s.byTime)
        && terminalTotalDifficulty.equals(s.terminalTotalDifficulty) && daoForkBlock.equals(s.daoForkBlock);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byBlock, byTime, terminalTotalDifficulty, daoForkBlock);
  }

  @Override
  public String toString() {
    return "ForkSchedule{blocks=" + byBlock + ", times=" + byTime + ", ttd=" + terminalTotalDifficulty
        + ", dao=" + daoForkBlock + "}";
  }

  /** Collects activations; {@link #activate} picks block or time by the fork's place around Paris. */
  public static final class Builder {
    private final Map<Fork, Long> byBlock = new EnumMap<>(Fork.class);
    private final Map<Fork, Long> byTime = new EnumMap<>(Fork.class);
    private Optional<BigInteger> ttd = Optional.empty();
    private OptionalLong dao = OptionalLong.empty();

    private Builder() {}

    /**
     * Activates {@code fork} at block {@code at} (before Paris) or timestamp {@code at} (after Paris); for Paris,
     * {@code at} is the terminal total difficulty.
     */
    public Builder activate(Fork fork, long at) {
      if (fork == Fork.PARIS) {
        return terminalTotalDifficulty(BigInteger.valueOf(at));
      }
      (fork.isBefore(Fork.PARIS) ? byBlock : byTime).put(fork, at);
      return this;
    }

    public Builder terminalTotalDifficulty(BigInteger value) {
      if (value.signum() < 0) {
        throw new IllegalArgumentException("terminal total difficulty must be non-negative: " + value);
      }
      ttd = Optional.of(value);
      return this;
    }

    public Builder daoForkBlock(long number) {
      dao = OptionalLong.of(number);
      return this;
    }

    public ForkSchedule build() {
      return new ForkSchedule(byBlock, byTime, ttd, dao);
    }
  }
}
