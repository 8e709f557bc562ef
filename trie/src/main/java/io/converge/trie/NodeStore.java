package io.converge.trie;

import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.Optional;

/** Where a trie reads its nodes: RLP encodings keyed by their Keccak-256 hash. */
@FunctionalInterface
public interface NodeStore {

  /** The encoding of the node with this hash, if stored. The caller must not modify the returned bytes. */
  Optional<Bytes> load(Hash hash);

  /** A store that holds nothing: for tries built from scratch and never reopened. */
  NodeStore NONE = hash -> Optional.empty();
}
