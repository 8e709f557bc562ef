package io.converge.consensus.dev;

import java.time.Duration;
import java.util.Objects;

/** When a dev node seals blocks. */
public sealed interface SealingMode {

  /** As soon as the pool has executable transactions, batching whatever arrived meanwhile (Anvil's default). */
  record Instant() implements SealingMode {}

  /** Every {@code blockTime}, empty blocks too (Anvil's {@code --block-time}); the node delivers the ticks. */
  record Interval(Duration blockTime) implements SealingMode {
    public Interval {
      Objects.requireNonNull(blockTime, "blockTime");
      if (blockTime.isNegative() || blockTime.isZero()) {
        throw new IllegalArgumentException("block time must be positive: " + blockTime);
      }
    }
  }
}
