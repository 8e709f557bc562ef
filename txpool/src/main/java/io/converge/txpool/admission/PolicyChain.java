package io.converge.txpool.admission;

import io.converge.types.Address;
import io.converge.types.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs policies in order. The first {@link Verdict.Reject} or {@link Verdict.Defer} ends the chain and is the outcome;
 * otherwise the transaction is admitted with the warnings collected on the way. Every verdict is reported to the
 * listener, including those of policies that admitted.
 */
public final class PolicyChain {
  private final List<AdmissionPolicy> policies;
  private final VerdictListener listener;

  public PolicyChain(List<AdmissionPolicy> policies, VerdictListener listener) {
    this.policies = List.copyOf(policies);
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  public static PolicyChain admitAll() {
    return new PolicyChain(List.of(AdmissionPolicy.admitAll()), VerdictListener.NONE);
  }

  /** The chain's outcome. */
  public sealed interface Outcome {
    /** Admitted; {@code warnings} are the reasons of {@link Verdict.AdmitWithWarning} verdicts, in policy order. */
    record Admitted(List<String> warnings) implements Outcome {
      public Admitted {
        warnings = List.copyOf(warnings);
      }
    }

    /** Stopped by {@code policy} with {@code verdict}, a {@link Verdict.Reject} or {@link Verdict.Defer}. */
    record Stopped(String policy, Verdict verdict) implements Outcome {
      public Stopped {
        Objects.requireNonNull(policy, "policy");
        if (verdict.admits()) {
          throw new IllegalArgumentException("an admitting verdict does not stop the chain: " + verdict);
        }
      }
    }
  }

  public Outcome assess(Transaction tx, Address sender, PoolView view) {
    List<String> warnings = new ArrayList<>();
    for (AdmissionPolicy policy : policies) {
      Verdict verdict = Objects.requireNonNull(policy.assess(tx, sender, view), "verdict of " + policy.name());
      listener.onVerdict(tx.hash(), sender, policy.name(), verdict);
      // Java 17 has no pattern switch: the sealed Verdict is matched with instanceof.
      if (verdict instanceof Verdict.AdmitWithWarning w) {
        warnings.add(w.reason());
      } else if (!verdict.admits()) {
        return new Outcome.Stopped(policy.name(), verdict);
      }
    }
    return new Outcome.Admitted(warnings);
  }
}
