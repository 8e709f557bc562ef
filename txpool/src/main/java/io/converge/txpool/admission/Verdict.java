package io.converge.txpool.admission;

import java.util.Objects;

/**
 * What an {@link AdmissionPolicy} decides about one transaction. The score is the policy's confidence or risk in
 * [0, 1], recorded for audit; the pool acts only on the kind of verdict.
 */
public sealed interface Verdict {

  /** Let the transaction in. */
  record Admit() implements Verdict {}

  /** Let it in, but tell the submitter why it looks suspicious. */
  record AdmitWithWarning(String reason, double score) implements Verdict {
    public AdmitWithWarning {
      requireReason(reason);
      requireScore(score);
    }
  }

  /** Keep it out; {@code reason} becomes the submitter's error message. */
  record Reject(String reason, double score) implements Verdict {
    public Reject {
      requireReason(reason);
      requireScore(score);
    }
  }

  /** Cannot decide now (the scorer is warming up, overloaded...): keep it out for now; the sender may retry. */
  record Defer(String reason) implements Verdict {
    public Defer {
      requireReason(reason);
    }
  }

  Verdict ADMIT = new Admit();

  /** Whether the transaction may enter the pool. */
  default boolean admits() {
    return this instanceof Admit || this instanceof AdmitWithWarning;
  }

  private static void requireReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a verdict's reason must not be blank");
    }
  }

  private static void requireScore(double score) {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
  }
}
