package io.converge.evm;

import io.converge.types.Address;
import io.converge.types.Bytes;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** How a message call ended. Only {@link Success} keeps state changes, logs, refunds and self-destructs. */
public sealed interface ExecutionResult {
  /** Gas not consumed, to be returned to the sender. */
  long gasLeft();

  /** Return data (RETURN or REVERT); empty after an exceptional halt. */
  Bytes output();

  /**
   * @param refund the refund counter (SSTORE clears, pre-London SELFDESTRUCT); the caller caps it (EIP-3529)
   * @param selfDestructs accounts the caller deletes at the end of the transaction
   * @param touchedAccounts accounts the caller deletes at the end of the transaction if they are then empty (EIP-161,
   *     Spurious Dragon on; empty before)
   */
  record Success(
      long gasLeft,
      long refund,
      Bytes output,
      List<LogEntry> logs,
      Set<Address> selfDestructs,
      Set<Address> touchedAccounts)
      implements ExecutionResult {
    public Success {
      Objects.requireNonNull(output, "output");
      logs = List.copyOf(logs);
      // Insertion order, so that callers iterate deterministically.
      selfDestructs = Collections.unmodifiableSet(new LinkedHashSet<>(selfDestructs));
      touchedAccounts = Collections.unmodifiableSet(new LinkedHashSet<>(touchedAccounts));
      if (gasLeft < 0 || refund < 0) {
        throw new IllegalArgumentException("gasLeft and refund must be non-negative");
      }
    }
  }

  /** REVERT (EIP-140): state rolled back, the remaining gas returned. */
  record Revert(long gasLeft, Bytes output) implements ExecutionResult {
    public Revert {
      Objects.requireNonNull(output, "output");
      if (gasLeft < 0) {
        throw new IllegalArgumentException("gasLeft must be non-negative");
      }
    }
  }

  /** An exceptional halt: state rolled back and all gas consumed. */
  record ExceptionalHalt(HaltReason reason) implements ExecutionResult {
    public ExceptionalHalt {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public long gasLeft() {
      return 0;
    }

    @Override
    public Bytes output() {
      return Bytes.EMPTY;
    }
  }
}
