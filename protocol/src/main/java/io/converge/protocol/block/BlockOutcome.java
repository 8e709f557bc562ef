package io.converge.protocol.block;

import io.converge.types.Hash;
import io.converge.types.receipt.Receipt;
import java.util.List;
import java.util.Objects;

/** What processing a block did: its receipts and resulting state root, or why it is invalid. */
public sealed interface BlockOutcome {

  /** The block is valid; the world holds its post-state (not yet persisted). */
  record Processed(List<Receipt> receipts, long gasUsed, Hash stateRoot) implements BlockOutcome {
    public Processed {
      receipts = List.copyOf(receipts);
      Objects.requireNonNull(stateRoot, "stateRoot");
    }
  }

  /** The block is invalid; the world must be discarded. */
  record Rejected(BlockViolation violation) implements BlockOutcome {
    public Rejected {
      Objects.requireNonNull(violation, "violation");
    }
  }
}
