package io.converge.protocol.transaction;

import io.converge.evm.LogEntry;
import io.converge.types.Address;
import io.converge.types.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What processing one transaction did: nothing (invalid), or executed with a receipt's worth of facts. */
public sealed interface TransactionOutcome {

  /** The transaction is not includable; the state is unchanged. */
  record Invalid(InvalidTransaction reason) implements TransactionOutcome {
    public Invalid {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The transaction was included: the sender paid, the coinbase earned, and the execution's changes are kept if it
   * succeeded.
   *
   * @param gasUsed gas charged after the refund (what the block's gas used grows by)
   * @param blobGasUsed blob gas the transaction's blobs consumed
   * @param status how execution ended
   * @param output return data, or revert data
   * @param logs logs of a successful execution, empty otherwise
   * @param contractAddress the created contract, for a creation that succeeded
   */
  record Executed(
      long gasUsed,
      long blobGasUsed,
      Status status,
      Bytes output,
      List<LogEntry> logs,
      Optional<Address> contractAddress)
      implements TransactionOutcome {
    public Executed {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(output, "output");
      logs = List.copyOf(logs);
      Objects.requireNonNull(contractAddress, "contractAddress");
      if (gasUsed < 0 || blobGasUsed < 0) {
        throw new IllegalArgumentException("gas used must be non-negative");
      }
    }

    public boolean succeeded() {
      return status == Status.SUCCESS;
    }
  }

  /** How the transaction's execution ended. */
  enum Status {
    SUCCESS,
    REVERTED,
    /** An exceptional halt (out of gas, invalid opcode, ...): all gas consumed. */
    HALTED
  }
}
