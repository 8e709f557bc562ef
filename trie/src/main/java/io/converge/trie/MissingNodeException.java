package io.converge.trie;

import io.converge.types.Hash;

/**
 * A node the trie refers to is not in its {@link NodeStore}: the root was never committed, was pruned, or the store is
 * damaged. Unchecked: a caller cannot repair it by changing its arguments.
 */
public final class MissingNodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Hash hash;

  public MissingNodeException(Hash hash) {
    super("trie node " + hash + " is not in the node store");
    this.hash = hash;
  }

  public Hash hash() {
    return hash;
  }
}
