package io.converge.trie;

import io.converge.types.Bytes;

/** The empty trie, and an empty slot of a branch; encoded as the empty RLP string. */
final class EmptyNode extends Node {
  static final EmptyNode INSTANCE = new EmptyNode();
  private static final byte[] ENCODING = {(byte) 0x80};

  private EmptyNode() {
    persisted = true;
  }

  @Override
  byte[] encode() {
    return ENCODING;
  }

  @Override
  Bytes get(byte[] path, int at, NodeLoader loader) {
    return null;
  }

  @Override
  Node put(byte[] path, int at, Bytes value, NodeLoader loader) {
    return new LeafNode(Nibbles.slice(path, at), value);
  }

  @Override
  Node remove(byte[] path, int at, NodeLoader loader) {
    return this;
  }
}
