package io.converge.trie;

import io.converge.types.Bytes;
import java.util.Objects;

/** What a Merkle proof shows about a key under a root. */
public sealed interface ProofResult {

  /** The proof is sound and the key holds {@code value}. */
  record Present(Bytes value) implements ProofResult {
    public Present {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The proof is sound and the key is not in the trie. */
  record Absent() implements ProofResult {}

  /** The proof does not prove anything about the key under this root; {@code reason} says where it fails. */
  record Invalid(String reason) implements ProofResult {
    public Invalid {
      Objects.requireNonNull(reason, "reason");
    }
  }

  default boolean isValid() {
    return !(this instanceof Invalid);
  }
}
