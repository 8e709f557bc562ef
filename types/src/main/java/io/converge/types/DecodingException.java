package io.converge.types;

import io.converge.rlp.RlpException;

/**
 * Bytes that do not encode a transaction, header, block or receipt. Checked because the bytes come from peers and
 * files: the caller decides what a malformed payload means. The offset is an index into the array handed to the
 * decoder, so a report can point at the offending byte.
 */
public final class DecodingException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  public DecodingException(String problem, int offset) {
    super(problem + " at offset " + offset);
    this.offset = offset;
  }

  /** Wraps a malformed-RLP error; its offset is already absolute in the decoder's input. */
  public DecodingException(String what, RlpException cause) {
    super(what + ": " + cause.getMessage(), cause);
    this.offset = cause.offset();
  }

  /** Where in the input the problem was found. */
  public int offset() {
    return offset;
  }
}
