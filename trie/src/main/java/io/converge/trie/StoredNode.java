package io.converge.trie;

import io.converge.rlp.RlpWriter;
import io.converge.types.Bytes;
import io.converge.types.Hash;

/**
 * A reference by hash to a node in the store, loaded on first use. The loaded node is kept, so walking the same path
 * twice reads the store once; a trie therefore holds in memory the part of the store it has touched.
 */
final class StoredNode extends Node {
  private final Hash storedHash;
  private volatile Node loaded;

  StoredNode(Hash hash) {
    this.storedHash = hash;
    this.persisted = true;
  }

  @Override
  Hash hash() {
    return storedHash;
  }

  @Override
  byte[] reference() {
    return RlpWriter.encodeBytes(storedHash.unsafeArray());
  }

  @Override
  boolean isReferencedByHash() {
    return true;
  }

  @Override
  byte[] encoding() {
    Node n = loaded;
    if (n == null) {
      throw new IllegalStateException("node " + storedHash + " must be resolved before it is encoded");
    }
    return n.encoding();
  }

  @Override
  byte[] encode() {
    return encoding();
  }

  @Override
  Node resolve(NodeLoader loader) {
    Node n = loaded;
    if (n == null) {
      n = loader.load(storedHash);
      loaded = n;
    }
    return n;
  }

  @Override
  Bytes get(byte[] path, int at, NodeLoader loader) {
    return resolve(loader).get(path, at, loader);
  }

  @Override
  Node put(byte[] path, int at, Bytes value, NodeLoader loader) {
    Node n = resolve(loader);
    Node updated = n.put(path, at, value, loader);
    return updated == n ? this : updated;
  }

  @Override
  Node remove(byte[] path, int at, NodeLoader loader) {
    Node n = resolve(loader);
    Node updated = n.remove(path, at, loader);
    return updated == n ? this : updated;
  }
}
