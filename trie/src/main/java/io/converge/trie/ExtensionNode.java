package io.converge.trie;

import io.converge.rlp.RlpWriter;
import io.converge.types.Bytes;

/** A run of nibbles shared by every key below, leading to a branch. */
final class ExtensionNode extends Node {
  final byte[] path;
  final Node child;

  ExtensionNode(byte[] path, Node child) {
    this.path = path;
    this.child = child;
  }

  @Override
  byte[] encode() {
    return RlpWriter.encodeList(RlpWriter.encodeBytes(Nibbles.hexPrefix(path, false)), child.reference());
  }

  @Override
  Bytes get(byte[] key, int at, NodeLoader loader) {
    return Nibbles.startsWith(key, at, path) ? child.get(key, at + path.length, loader) : null;
  }

  @Override
  Node put(byte[] key, int at, Bytes value, NodeLoader loader) {
    int common = Nibbles.commonPrefix(path, key, at);
    if (common == path.length) {
      Node updated = child.put(key, at + common, value, loader);
      return updated == child ? this : new ExtensionNode(path, updated);
    }
    // The new key leaves the shared run at `common`: split the run around a new branch.
    Node[] children = BranchNode.emptyChildren();
    Bytes branchValue = null;
    children[path[common]] = common + 1 == path.length
        ? child
        : new ExtensionNode(Nibbles.slice(path, common + 1), child);
    if (at + common == key.length) {
      branchValue = value;
    } else {
      children[key[at + common]] = new LeafNode(Nibbles.slice(key, at + common + 1), value);
    }
    Node branch = new BranchNode(children, branchValue);
    return common == 0 ? branch : new ExtensionNode(Nibbles.slice(path, 0, common), branch);
  }

  @Override
  Node remove(byte[] key, int at, NodeLoader loader) {
    if (!Nibbles.startsWith(key, at, path)) {
      return this;
    }
    Node updated = child.remove(key, at + path.length, loader);
    return updated == child ? this : join(path, updated, loader);
  }

  /** The node for {@code prefix} followed by {@code node}, merging runs so that no extension leads to a leaf or run. */
  static Node join(byte[] prefix, Node node, NodeLoader loader) {
    Node resolved = node.resolve(loader);
    if (resolved instanceof LeafNode leaf) {
      return new LeafNode(Nibbles.concat(prefix, leaf.path), leaf.value);
    }
    if (resolved instanceof ExtensionNode ext) {
      return new ExtensionNode(Nibbles.concat(prefix, ext.path), ext.child);
    }
    if (resolved instanceof EmptyNode) {
      return resolved;
    }
    // A branch keeps its identity (and its stored copy): refer to the unresolved node if that is what we were given.
    return new ExtensionNode(prefix, node);
  }
}
