package io.converge.chain.build;

import io.converge.types.transaction.Transaction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Transactions offered to the {@link BlockBuilder}, best first. The consensus side adapts the pool's candidates; the
 * chain never sees the pool.
 */
public interface TransactionSource {

  /** The next transaction to try, or empty when there is none. */
  Optional<Transaction> next();

  /**
   * The transaction last returned could not be included: skip every later transaction of its sender, whose nonces
   * could not execute after the gap.
   */
  void markLastFailed();

  /** No transactions: an empty block. */
  static TransactionSource none() {
    return of(List.of());
  }

  /** A fixed list, tried in order; a failure skips nothing else (the caller chose the order). */
  static TransactionSource of(List<Transaction> txs) {
    Deque<Transaction> queue = new ArrayDeque<>(txs);
    return new TransactionSource() {
      @Override
      public Optional<Transaction> next() {
        return Optional.ofNullable(queue.pollFirst());
      }

      @Override
      public void markLastFailed() {}
    };
  }
}
