package io.converge.ai.score;

import io.converge.ai.data.Transfer;
import io.converge.ai.explain.Explanation;

/**
 * The risk engine as the node sees it. {@link #assess} scores a transfer against everything observed so far without
 * changing state (a pool may assess a transaction that never lands); {@link #observe} records a transfer once it is
 * final. Local policy only: a score may gate or order the pool, never decide block validity.
 */
public interface RiskScorer {
  RiskAssessment assess(Transfer transfer);

  void observe(Transfer transfer);

  /** The top contributing reasons for an assessment, in plain language. Costs more than {@link #assess}. */
  Explanation explain(RiskAssessment assessment, int top);

  /** Score from the state before the transfer, then record it: the offline, strictly causal path. */
  default RiskAssessment assessAndObserve(Transfer transfer) {
    RiskAssessment a = assess(transfer);
    observe(transfer);
    return a;
  }
}
