package io.converge.protocol.block;

import io.converge.protocol.transaction.InvalidTransaction;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.receipt.LogsBloom;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the block's body or of its execution. Commitments compare the header's value with the one computed from
 * the body or the execution: {@code inHeader} against {@code computed}.
 */
public sealed interface BodyViolation extends BlockViolation {

  record TransactionsRootMismatch(Hash inHeader, Hash computed) implements BodyViolation {
    @Override
    public String reason() {
      return "transactions root: header says " + inHeader + ", body gives " + computed;
    }
  }

  record OmmersHashMismatch(Hash inHeader, Hash computed) implements BodyViolation {
    @Override
    public String reason() {
      return "ommers hash: header says " + inHeader + ", body gives " + computed;
    }
  }

  record WithdrawalsRootMismatch(Hash inHeader, Hash computed) implements BodyViolation {
    @Override
    public String reason() {
      return "withdrawals root: header says " + inHeader + ", body gives " + computed;
    }
  }

  /** EIP-4895: withdrawals exist from Shanghai on, and only then. */
  record WithdrawalsPresence(Fork fork, boolean required) implements BodyViolation {
    @Override
    public String reason() {
      return "withdrawals " + (required ? "are required" : "are not allowed") + " in " + fork.fixtureName();
    }
  }

  record TooManyOmmers(int maximum, int actual) implements BodyViolation {
    @Override
    public String reason() {
      return actual + " ommers, at most " + maximum + " allowed";
    }
  }

  /** An ommer breaks a rule of kinship; {@code header} is set when its own header is invalid against its parent. */
  record InvalidOmmer(int index, Hash ommer, OmmerRule rule, Optional<HeaderViolation> header)
      implements BodyViolation {
    public InvalidOmmer {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(header, "header");
    }

    @Override
    public String reason() {
      return "ommer " + index + " (" + ommer + "): " + rule.description()
          + header.map(h -> ": " + h.reason()).orElse("");
    }
  }

  /** The rules an ommer must follow (Yellow Paper 11.1). */
  enum OmmerRule {
    UNKNOWN_PARENT("its parent is unknown"),
    NOT_A_RECENT_UNCLE("its parent is not one of the block's six previous ancestors"),
    IS_ANCESTOR("it is an ancestor of the block"),
    ALREADY_INCLUDED("it was already included as an ommer"),
    DUPLICATE("it appears twice in the block"),
    INVALID_HEADER("its header is invalid");

    private final String description;

    OmmerRule(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  record InvalidTransactionInBlock(int index, Hash transaction, InvalidTransaction cause) implements BodyViolation {
    public InvalidTransactionInBlock {
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String reason() {
      return "transaction " + index + " (" + transaction + "): " + cause.reason();
    }
  }

  record GasUsedMismatch(long inHeader, long computed) implements BodyViolation {
    @Override
    public String reason() {
      return "gas used: header says " + Long.toUnsignedString(inHeader) + ", execution gives " + computed;
    }
  }

  record BlobGasUsedMismatch(long inHeader, long computed) implements BodyViolation {
    @Override
    public String reason() {
      return "blob gas used: header says " + inHeader + ", transactions give " + computed;
    }
  }

  record ReceiptsRootMismatch(Hash inHeader, Hash computed) implements BodyViolation {
    @Override
    public String reason() {
      return "receipts root: header says " + inHeader + ", execution gives " + computed;
    }
  }

  record LogsBloomMismatch(LogsBloom inHeader, LogsBloom computed) implements BodyViolation {
    @Override
    public String reason() {
      return "logs bloom differs from the receipts' union";
    }
  }

  record StateRootMismatch(Hash inHeader, Hash computed) implements BodyViolation {
    @Override
    public String reason() {
      return "state root: header says " + inHeader + ", execution gives " + computed;
    }
  }
}
