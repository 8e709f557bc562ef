package io.converge.trie;

import io.converge.types.Bytes;
import java.util.Objects;

/** A key and its value, as iteration and neighbour searches return them. */
public record TrieEntry(Bytes key, Bytes value) {
  public TrieEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
