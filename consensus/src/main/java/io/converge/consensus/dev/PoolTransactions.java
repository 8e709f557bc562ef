package io.converge.consensus.dev;

import io.converge.chain.build.TransactionSource;
import io.converge.txpool.BlockCandidates;
import io.converge.types.transaction.Transaction;
import java.util.Objects;
import java.util.Optional;

/** The pool's {@link BlockCandidates} as the builder's {@link TransactionSource}. */
final class PoolTransactions implements TransactionSource {
  private final BlockCandidates candidates;
  private BlockCandidates.Candidate last;

  PoolTransactions(BlockCandidates candidates) {
    this.candidates = Objects.requireNonNull(candidates, "candidates");
  }

  @Override
  public Optional<Transaction> next() {
    if (!candidates.hasNext()) {
      last = null;
      return Optional.empty();
    }
    last = candidates.next();
    return Optional.of(last.tx());
  }

  @Override
  public void markLastFailed() {
    if (last != null) {
      candidates.markFailed(last.sender());
    }
  }
}
