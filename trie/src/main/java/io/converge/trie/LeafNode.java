package io.converge.trie;

import io.converge.rlp.RlpWriter;
import io.converge.types.Bytes;
import java.util.Arrays;

/** The end of a key: the remaining path and the value stored there. */
final class LeafNode extends Node {
  final byte[] path;
  final Bytes value;

  LeafNode(byte[] path, Bytes value) {
    this.path = path;
    this.value = value;
  }

  @Override
  byte[] encode() {
    return RlpWriter.encodeList(
        RlpWriter.encodeBytes(Nibbles.hexPrefix(path, true)), RlpWriter.encodeBytes(value.unsafeArray()));
  }

  @Override
  Bytes get(byte[] key, int at, NodeLoader loader) {
    return matches(key, at) ? value : null;
  }

  private boolean matches(byte[] key, int at) {
    return key.length - at == path.length && Arrays.equals(path, 0, path.length, key, at, key.length);
  }

  @Override
  Node put(byte[] key, int at, Bytes newValue, NodeLoader loader) {
    int common = Nibbles.commonPrefix(path, key, at);
    int remaining = key.length - at;
    if (common == path.length && common == remaining) {
      return value.equals(newValue) ? this : new LeafNode(path, newValue);
    }
    // The two keys part ways after `common` nibbles: a branch there, under an extension for the shared part.
    Node[] children = BranchNode.emptyChildren();
    Bytes branchValue = null;
    if (common == path.length) {
      branchValue = value;
    } else {
      children[path[common]] = new LeafNode(Nibbles.slice(path, common + 1), value);
    }
    if (common == remaining) {
      branchValue = newValue;
    } else {
      children[key[at + common]] = new LeafNode(Nibbles.slice(key, at + common + 1), newValue);
    }
    Node branch = new BranchNode(children, branchValue);
    return common == 0 ? branch : new ExtensionNode(Nibbles.slice(path, 0, common), branch);
  }

  @Override
  Node remove(byte[] key, int at, NodeLoader loader) {
    return matches(key, at) ? EmptyNode.INSTANCE : this;
  }
}
