package io.converge.trie;

import io.converge.types.Hash;

/** The node store holds bytes under {@code hash} that do not decode as a trie node. */
public final class CorruptNodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Hash hash;

  public CorruptNodeException(Hash hash, String reason, Throwable cause) {
    super("trie node " + hash + " is corrupt: " + reason, cause);
    this.hash = hash;
  }

  public Hash hash() {
    return hash;
  }
}
