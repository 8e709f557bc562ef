package io.converge.trie;

import io.converge.crypto.hash.Keccak256;
import io.converge.rlp.RlpWriter;
import io.converge.types.Bytes;
import io.converge.types.Hash;

/**
 * A trie node. Nodes are immutable: an update returns new nodes along the changed path and shares every other
 * subtree, so a trie can be copied in O(1) and unchanged subtrees keep their cached encoding and hash.
 *
 * <p>The caches are written at most once with the same value, so a racing reader at worst computes them twice.
 */
abstract sealed class Node permits EmptyNode, LeafNode, ExtensionNode, BranchNode, StoredNode {
  /** Nodes whose encoding is shorter than this are embedded in their parent instead of referenced by hash. */
  static final int MAX_EMBEDDED = 31;

  private volatile byte[] encoding;
  private volatile Hash hash;
  /** True once the node is in the node store (loaded from it, or written by a commit), or embedded in one that is. */
  boolean persisted;

  /** Remembers what the store already knows about a node decoded from it. */
  final Node loaded(byte[] storedEncoding, Hash storedHash) {
    this.encoding = storedEncoding;
    this.hash = storedHash;
    this.persisted = true;
    return this;
  }

  /** The RLP encoding of this node. */
  byte[] encoding() {
    byte[] e = encoding;
    if (e == null) {
      e = encode();
      encoding = e;
    }
    return e;
  }

  abstract byte[] encode();

  /** Keccak-256 of the encoding. */
  Hash hash() {
    Hash h = hash;
    if (h == null) {
      h = Hash.wrap(Keccak256.hash(encoding()));
      hash = h;
    }
    return h;
  }

  /** How a parent refers to this node: the encoding itself if short, else the RLP string of its hash. */
  byte[] reference() {
    byte[] e = encoding();
    return e.length <= MAX_EMBEDDED ? e : RlpWriter.encodeBytes(hash().unsafeArray());
  }

  /** Whether a parent stores this node by hash (and so a commit writes it to the store). */
  boolean isReferencedByHash() {
    return encoding().length > MAX_EMBEDDED;
  }

  /** The node itself, loading it first if it is only a reference to the store. */
  Node resolve(NodeLoader loader) {
    return this;
  }

  /** The value at {@code path[at..]} below this node, or null. */
  abstract Bytes get(byte[] path, int at, NodeLoader loader);

  /** This subtree with {@code value} at {@code path[at..]}; {@code this} if nothing changed. */
  abstract Node put(byte[] path, int at, Bytes value, NodeLoader loader);

  /** This subtree without {@code path[at..]}; {@code this} if the path was absent. */
  abstract Node remove(byte[] path, int at, NodeLoader loader);
}
