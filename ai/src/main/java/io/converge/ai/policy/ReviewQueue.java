package io.converge.ai.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Transfers on hold, waiting for a reviewer to release or drop them. Time comes from the injected clock. */
public final class ReviewQueue {
  /** A held transfer. */
  public record Pending(long transferId, Decision.Hold decision, Instant heldAt) {
    public Pending {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(heldAt, "heldAt");
    }
  }

  /** Result of a reviewer's action. */
  public sealed interface Outcome {
    record Released(Pending pending, String reviewer, Instant at) implements Outcome {}

    record Dropped(Pending pending, String reviewer, Instant at) implements Outcome {}

    record NotHeld(long transferId) implements Outcome {}
  }

  private final Clock clock;
  private final Map<Long, Pending> pending = new LinkedHashMap<>();

  public ReviewQueue(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public synchronized Pending hold(long transferId, Decision.Hold decision) {
    return pending.computeIfAbsent(transferId, id -> new Pending(id, decision, clock.instant()));
  }

  public synchronized Outcome release(long transferId, String reviewer) {
    Pending p = pending.remove(transferId);
    return p == null ? new Outcome.NotHeld(transferId) : new Outcome.Released(p, requireReviewer(reviewer), clock.instant());
  }

  public synchronized Outcome drop(long transferId, String reviewer) {
    Pending p = pending.remove(transferId);
    return p == null ? new Outcome.NotHeld(transferId) : new Outcome.Dropped(p, requireReviewer(reviewer), clock.instant());
  }

  public synchronized boolean isHeld(long transferId) {
    return pending.containsKey(transferId);
  }

  public synchronized List<Pending> pending() {
    return List.copyOf(pending.values());
  }

  private static String requireReviewer(String reviewer) {
    if (reviewer == null || reviewer.isBlank()) {
      throw new IllegalArgumentException("a review needs a named reviewer");
    }
    return reviewer;
  }
}
