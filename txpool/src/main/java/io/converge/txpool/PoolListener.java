package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.transaction.Transaction;

/**
 * Observes the pool's membership, e.g. for {@code newPendingTransactions} subscriptions and gossip. Calls arrive
 * after the pool has released its lock, one at a time, in the order the changes happened (a transaction's
 * {@code onAdded} always before its {@code onRemoved}), possibly on another thread than the one that made the change.
 * A listener must not block; it may call back into the pool.
 */
public interface PoolListener {
  /** {@code tx} entered the pool into {@code slot}. */
  default void onAdded(Transaction tx, Address sender, Slot slot) {}

  /** {@code tx} moved from queued to pending: it is executable now (what {@code newPendingTransactions} reports). */
  default void onPromoted(Transaction tx, Address sender) {}

  /** {@code tx} left the pool. */
  default void onRemoved(Transaction tx, Address sender, RemovalReason reason) {}
}
