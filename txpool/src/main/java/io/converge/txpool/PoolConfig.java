package io.converge.txpool;

import io.converge.types.Wei;
import java.time.Duration;
import java.util.Objects;

/**
 * The pool's limits, with Geth's defaults ({@code legacypool.DefaultConfig}, {@code blobpool}).
 *
 * @param accountSlots pending transactions an account keeps when the pool trims pending to {@code globalSlots}
 * @param globalSlots pending transactions the pool holds before it trims accounts above {@code accountSlots}
 * @param accountQueue queued transactions one account may have
 * @param globalQueue queued transactions the pool holds
 * @param priceBumpPercent how much a replacement must raise both the fee cap and the tip, in percent
 * @param blobPriceBumpPercent the same for the blob fee cap of a replacing blob transaction (Geth's blob pool: 100)
 * @param maxTxSize largest accepted encoding of a non-blob transaction, in bytes
 * @param maxBlobTxSize largest accepted encoding of a blob transaction, in bytes
 * @param blobAccountLimit blob transactions one account may have in the pool
 * @param queuedLifetime how long a remote transaction may stay queued
 * @param minTip the least priority fee (gas price for legacy) accepted, Geth's {@code --txpool.pricelimit}
 */
public record PoolConfig(
    int accountSlots,
    int globalSlots,
    int accountQueue,
    int globalQueue,
    int priceBumpPercent,
    int blobPriceBumpPercent,
    int maxTxSize,
    int maxBlobTxSize,
    int blobAccountLimit,
    Duration queuedLifetime,
    Wei minTip) {

  public static final PoolConfig DEFAULT =
      new PoolConfig(16, 5120, 64, 1024, 10, 100, 128 * 1024, 1024 * 1024, 16, Duration.ofHours(3), Wei.of(1));

  public PoolConfig {
    Objects.requireNonNull(queuedLifetime, "queuedLifetime");
    Objects.requireNonNull(minTip, "minTip");
    if (accountSlots < 1 || globalSlots < accountSlots || accountQueue < 1 || globalQueue < accountQueue) {
      throw new IllegalArgumentException("slot limits must be positive and global >= per account: " + accountSlots
          + "/" + globalSlots + " pending, " + accountQueue + "/" + globalQueue + " queued");
    }
    if (priceBumpPercent < 0 || blobPriceBumpPercent < 0) {
      throw new IllegalArgumentException("negative price bump");
    }
    if (maxTxSize < 1 || maxBlobTxSize < 1 || blobAccountLimit < 1) {
      throw new IllegalArgumentException("sizes and blob limit must be positive");
    }
    if (queuedLifetime.isNegative() || queuedLifetime.isZero()) {
      throw new IllegalArgumentException("queued lifetime must be positive: " + queuedLifetime);
    }
  }

  /** The most transactions the pool holds: every pending and queued slot. */
  public int capacity() {
    return globalSlots + globalQueue;
  }

  public PoolConfig withSlots(int accountSlots, int globalSlots, int accountQueue, int globalQueue) {
    return new PoolConfig(accountSlots, globalSlots, accountQueue, globalQueue, priceBumpPercent,
        blobPriceBumpPercent, maxTxSize, maxBlobTxSize, blobAccountLimit, queuedLifetime, minTip);
  }

  public PoolConfig withBlobAccountLimit(int limit) {
    return new PoolConfig(accountSlots, globalSlots, accountQueue, globalQueue, priceBumpPercent,
        blobPriceBumpPercent, maxTxSize, maxBlobTxSize, limit, queuedLifetime, minTip);
  }

  public PoolConfig withMinTip(Wei tip) {
    return new PoolConfig(accountSlots, globalSlots, accountQueue, globalQueue, priceBumpPercent,
        blobPriceBumpPercent, maxTxSize, maxBlobTxSize, blobAccountLimit, queuedLifetime, tip);
  }
}
