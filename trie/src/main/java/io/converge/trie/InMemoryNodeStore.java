package io.converge.trie;

import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Nodes in a map: for tests, proofs, and tries that live only in memory. Both the store and the sink of commits. */
public final class InMemoryNodeStore implements NodeStore, NodeSink {
  private final Map<Hash, Bytes> nodes = new ConcurrentHashMap<>();

  @Override
  public Optional<Bytes> load(Hash hash) {
    return Optional.ofNullable(nodes.get(hash));
  }

  @Override
  public void put(Hash hash, Bytes encoding) {
    nodes.put(hash, encoding);
  }

  public int size() {
    return nodes.size();
  }
}
