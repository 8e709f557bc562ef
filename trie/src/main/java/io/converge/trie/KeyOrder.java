package io.converge.trie;

import io.converge.types.Bytes;
import java.util.Arrays;

/**
 * Searches a subtree in key order: the first or last entry, and the nearest entry above or below a target path.
 * Nibble paths order as their keys do, so these walks descend at most one path plus one edge of each side subtree.
 */
final class KeyOrder {
  private final NodeLoader loader;

  KeyOrder(NodeLoader loader) {
    this.loader = loader;
  }

  TrieEntry first(Node node, byte[] prefix) {
    Node n = node.resolve(loader);
    if (n instanceof LeafNode leaf) {
      return entry(Nibbles.concat(prefix, leaf.path), leaf.value);
    }
    if (n instanceof ExtensionNode ext) {
      return first(ext.child, Nibbles.concat(prefix, ext.path));
    }
    if (n instanceof BranchNode branch) {
      // A key that ends at the branch is a prefix of every key below it, hence the smallest.
      if (branch.value != null) {
        return entry(prefix, branch.value);
      }
      for (int i = 0; i < BranchNode.WIDTH; i++) {
        TrieEntry e = first(branch.children[i], Nibbles.append(prefix, i));
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  TrieEntry last(Node node, byte[] prefix) {
    Node n = node.resolve(loader);
    if (n instanceof LeafNode leaf) {
      return entry(Nibbles.concat(prefix, leaf.path), leaf.value);
    }
    if (n instanceof ExtensionNode ext) {
      return last(ext.child, Nibbles.concat(prefix, ext.path));
    }
    if (n instanceof BranchNode branch) {
      for (int i = BranchNode.WIDTH - 1; i >= 0; i--) {
        TrieEntry e = last(branch.children[i], Nibbles.append(prefix, i));
        if (e != null) {
          return e;
        }
      }
      if (branch.value != null) {
        return entry(prefix, branch.value);
      }
    }
    return null;
  }

  /**
   * The smallest entry whose path is above {@code target} (or equal, unless {@code strict}). {@code prefix} is the
   * path to {@code node}, and equals the start of {@code target}.
   */
  TrieEntry above(Node node, byte[] prefix, byte[] target, boolean strict) {
    Node n = node.resolve(loader);
    int at = prefix.length;
    if (n instanceof LeafNode leaf) {
      byte[] path = Nibbles.concat(prefix, leaf.path);
      int cmp = Nibbles.compare(path, target);
      return cmp > 0 || (cmp == 0 && !strict) ? entry(path, leaf.value) : null;
    }
    if (n instanceof ExtensionNode ext) {
      byte[] path = Nibbles.concat(prefix, ext.path);
      int cmp = compareRun(ext.path, target, at);
      if (cmp == 0) {
        return above(ext.child, path, target, strict);
      }
      return cmp > 0 ? first(ext.child, path) : null;
    }
    if (n instanceof BranchNode branch) {
      int from;
      if (at == target.length) {
        if (branch.value != null && !strict) {
          return entry(prefix, branch.value);
        }
        from = 0;
      } else {
        int t = target[at];
        TrieEntry e = above(branch.children[t], Nibbles.append(prefix, t), target, strict);
        if (e != null) {
          return e;
        }
        from = t + 1;
      }
      for (int i = from; i < BranchNode.WIDTH; i++) {
        TrieEntry e = first(branch.children[i], Nibbles.append(prefix, i));
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  /** The largest entry whose path is below {@code target} (or equal, unless {@code strict}). */
  TrieEntry below(Node node, byte[] prefix, byte[] target, boolean strict) {
    Node n = node.resolve(loader);
    int at = prefix.length;
    if (n instanceof LeafNode leaf) {
      byte[] path = Nibbles.concat(prefix, leaf.path);
      int cmp = Nibbles.compare(path, target);
      return cmp < 0 || (cmp == 0 && !strict) ? entry(path, leaf.value) : null;
    }
    if (n instanceof ExtensionNode ext) {
      byte[] path = Nibbles.concat(prefix, ext.path);
      int cmp = compareRun(ext.path, target, at);
      if (cmp == 0) {
        return below(ext.child, path, target, strict);
      }
      return cmp < 0 ? last(ext.child, path) : null;
    }
    if (n instanceof BranchNode branch) {
      if (at == target.length) {
        // Every key below the branch extends the target, so is above it.
        return branch.value != null && !strict ? entry(prefix, branch.value) : null;
      }
      int t = target[at];
      TrieEntry e = below(branch.children[t], Nibbles.append(prefix, t), target, strict);
      if (e != null) {
        return e;
      }
      for (int i = t - 1; i >= 0; i--) {
        e = last(branch.children[i], Nibbles.append(prefix, i));
        if (e != null) {
          return e;
        }
      }
      if (branch.value != null) {
        return entry(prefix, branch.value);
      }
    }
    return null;
  }

  /**
   * How every key through an extension {@code run} compares with {@code target}, given that the keys so far equal
   * {@code target[..at]}: 0 if the run matches the target and the search must go on below, +1 if every such key is
   * above the target, -1 if every one is below.
   */
  private static int compareRun(byte[] run, byte[] target, int at) {
    int rest = target.length - at;
    int len = Math.min(run.length, rest);
    int mismatch = Arrays.mismatch(run, 0, len, target, at, at + len);
    if (mismatch >= 0) {
      return run[mismatch] > target[at + mismatch] ? 1 : -1;
    }
    // The target ends inside the run: every key goes on past it, so is above it.
    return rest < run.length ? 1 : 0;
  }

  private static TrieEntry entry(byte[] path, Bytes value) {
    return new TrieEntry(Bytes.wrap(Nibbles.toKey(path)), value);
  }
}
