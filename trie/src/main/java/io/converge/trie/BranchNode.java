package io.converge.trie;

import io.converge.rlp.RlpWriter;
import io.converge.types.Bytes;
import java.util.Arrays;
import java.util.Objects;

/** Sixteen children, one per next nibble, and the value of a key that ends here (null if none). */
final class BranchNode extends Node {
  static final int WIDTH = 16;
  private static final byte[] EMPTY_STRING = {(byte) 0x80};

  final Node[] children;
  final Bytes value;

  BranchNode(Node[] children, Bytes value) {
    this.children = children;
    this.value = value;
  }

  static Node[] emptyChildren() {
    Node[] children = new Node[WIDTH];
    Arrays.fill(children, EmptyNode.INSTANCE);
    return children;
  }

  @Override
  byte[] encode() {
    byte[][] items = new byte[WIDTH + 1][];
    for (int i = 0; i < WIDTH; i++) {
      items[i] = children[i].reference();
    }
    items[WIDTH] = value == null ? EMPTY_STRING : RlpWriter.encodeBytes(value.unsafeArray());
    return RlpWriter.encodeList(items);
  }

  @Override
  Bytes get(byte[] key, int at, NodeLoader loader) {
    return at == key.length ? value : children[key[at]].get(key, at + 1, loader);
  }

  @Override
  Node put(byte[] key, int at, Bytes newValue, NodeLoader loader) {
    if (at == key.length) {
      return Objects.equals(value, newValue) ? this : new BranchNode(children, newValue);
    }
    int n = key[at];
    Node updated = children[n].put(key, at + 1, newValue, loader);
    return updated == children[n] ? this : withChild(n, updated);
  }

  @Override
  Node remove(byte[] key, int at, NodeLoader loader) {
    if (at == key.length) {
      return value == null ? this : collapse(children, null, loader);
    }
    int n = key[at];
    Node updated = children[n].remove(key, at + 1, loader);
    if (updated == children[n]) {
      return this;
    }
    Node[] copy = children.clone();
    copy[n] = updated;
    return collapse(copy, value, loader);
  }

  private BranchNode withChild(int n, Node child) {
    Node[] copy = children.clone();
    copy[n] = child;
    return new BranchNode(copy, value);
  }

  /** A branch left with one entry is not canonical: it becomes a leaf, or merges into its only child. */
  private static Node collapse(Node[] children, Bytes value, NodeLoader loader) {
    int only = -1;
    int count = value == null ? 0 : 1;
    for (int i = 0; i < WIDTH; i++) {
      if (!(children[i] instanceof EmptyNode)) {
        count++;
        only = i;
      }
    }
    if (count >= 2) {
      return new BranchNode(children, value);
    }
    if (count == 0) {
      return EmptyNode.INSTANCE;
    }
    if (value != null) {
      return new LeafNode(Nibbles.EMPTY, value);
    }
    return ExtensionNode.join(new byte[] {(byte) only}, children[only], loader);
  }
}
