package io.converge.trie;

/** Bytes that are not the RLP of a trie node; checked, because proofs and peers hand us such bytes. */
final class InvalidNodeException extends Exception {
  private static final long serialVersionUID = 1L;

  InvalidNodeException(String message) {
    super(message);
  }

  InvalidNodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
