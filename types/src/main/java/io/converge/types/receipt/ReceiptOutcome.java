package io.converge.types.receipt;

import io.converge.types.Hash;
import java.util.Objects;

/** What a receipt records about the end state: the state root before Byzantium, a status code from it on (EIP-658). */
public sealed interface ReceiptOutcome {
  /** Pre-Byzantium: the state root after the transaction. */
  record StateRoot(Hash root) implements ReceiptOutcome {
    public StateRoot {
      Objects.requireNonNull(root, "root");
    }
  }

  /** EIP-658: whether execution succeeded, encoded as {@code 0x01} or the empty string. */
  record Status(boolean success) implements ReceiptOutcome {}

  static ReceiptOutcome success() {
    return new Status(true);
  }

  static ReceiptOutcome failure() {
    return new Status(false);
  }
}
