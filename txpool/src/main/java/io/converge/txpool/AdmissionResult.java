package io.converge.txpool;

import io.converge.types.Hash;
import java.util.List;
import java.util.Objects;

/**
 * The pool's answer to {@link TransactionPool#add}. Following reth's {@code Valid | Invalid}, a rejection is a value
 * with a typed reason, never an exception. Warnings are the reasons of admission policies that admitted the
 * transaction with a warning, for RPC to pass on.
 */
public sealed interface AdmissionResult {

  default boolean isAccepted() {
    return !(this instanceof Rejected);
  }

  record Added(Hash hash, Slot slot, List<String> warnings) implements AdmissionResult {
    public Added {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(slot, "slot");
      warnings = List.copyOf(warnings);
    }

    public Added(Hash hash, Slot slot) {
      this(hash, slot, List.of());
    }
  }

  /** The transaction took the place of {@code old}, which had the same sender and nonce. */
  record Replaced(Hash old, Hash replacement, Slot slot, List<String> warnings) implements AdmissionResult {
    public Replaced {
      Objects.requireNonNull(old, "old");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(slot, "slot");
      warnings = List.copyOf(warnings);
    }
  }

  record Rejected(Rejection reason) implements AdmissionResult {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }

    /** The error text for RPC callers. */
    public String message() {
      return reason.message();
    }
  }
}
