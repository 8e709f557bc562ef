package io.converge.txpool.admission;

import io.converge.types.Address;
import io.converge.types.Wei;

/** What an admission policy may read about the pool while it decides: counts and prices, never mutation. */
public interface PoolView {
  /** The nonce a new transaction from {@code sender} would need to be executable right away. */
  long nextNonce(Address sender);

  /** Transactions of {@code sender} in the pool, pending and queued. */
  int transactionCount(Address sender);

  int pendingCount();

  int queuedCount();

  /** The base fee of the next block. */
  Wei baseFee();
}
