package io.converge.txpool.admission;

import io.converge.types.Address;
import io.converge.types.Wei;
import io.converge.types.transaction.Transaction;

/**
 * Lets local policy lower a transaction's place in the block-building order and its protection from eviction without
 * touching validity: the pool orders by {@code min(effectiveTip, adjust(...))}, so an adjuster can demote but never
 * promote a transaction beyond what it pays.
 */
@FunctionalInterface
public interface PriorityAdjuster {

  /** The priority to use for {@code tx}, given what it tips at the current base fee. */
  Wei adjust(Transaction tx, Address sender, Wei effectiveTip);

  PriorityAdjuster NONE = (tx, sender, effectiveTip) -> effectiveTip;
}
