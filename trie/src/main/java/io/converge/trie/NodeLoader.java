package io.converge.trie;

import io.converge.types.Bytes;
import io.converge.types.Hash;

/** Loads and decodes nodes from a {@link NodeStore}, turning absence and garbage into exceptions that name the hash. */
final class NodeLoader {
  private final NodeStore store;

  NodeLoader(NodeStore store) {
    this.store = store;
  }

  Node load(Hash hash) {
    Bytes stored = store.load(hash).orElseThrow(() -> new MissingNodeException(hash));
    byte[] encoding = stored.unsafeArray();
    try {
      Node node = NodeCodec.decode(encoding);
      return node instanceof EmptyNode ? node : node.loaded(encoding, hash);
    } catch (InvalidNodeException e) {
      throw new CorruptNodeException(hash, e.getMessage(), e);
    }
  }
}
