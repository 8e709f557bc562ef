package io.converge.chain;

import io.converge.protocol.block.BlockViolation;
import io.converge.types.Hash;
import java.util.Objects;
import java.util.Optional;

/** The verdict on one block offered to the {@link BlockImporter}. */
public sealed interface ImportResult {

  /** Valid and stored; {@code newHead} is set when the block made its branch canonical. */
  record Imported(Hash hash, Optional<Hash> newHead) implements ImportResult {
    public Imported {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(newHead, "newHead");
    }
  }

  /** Imported before; nothing changed. */
  record AlreadyKnown(Hash hash) implements ImportResult {}

  /** Breaks a rule; nothing was stored. */
  record Invalid(Hash hash, BlockViolation violation) implements ImportResult {
    public Invalid {
      Objects.requireNonNull(violation, "violation");
    }

    public String reason() {
      return violation.reason();
    }
  }

  /** Its parent is not known, so it cannot be judged yet; nothing was stored. */
  record UnknownParent(Hash hash, Hash parentHash) implements ImportResult {}
}
