package io.converge.protocol.block;

import io.converge.types.Hash;
import io.converge.types.receipt.LogsBloom;
import io.converge.types.receipt.Receipt;
import java.util.List;
import java.util.Objects;

/** What processing a block did: its receipts and resulting state root, or why it is invalid. */
public sealed interface BlockOutcome {

  /**
   * The block's transactions all ran; the world holds the post-state (not yet persisted). These are the values a
   * header commits to, so a block builder fills them in and an importer compares them.
   */
  record Processed(List<Receipt> receipts, long gasUsed, long blobGasUsed, LogsBloom logsBloom, Hash receiptsRoot,
      Hash stateRoot) implements BlockOutcome {
    public Processed {
      receipts = List.copyOf(receipts);
      Objects.requireNonNull(logsBloom, "logsBloom");
      Objects.requireNonNull(receiptsRoot, "receiptsRoot");
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
