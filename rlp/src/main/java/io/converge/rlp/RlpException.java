package io.converge.rlp;

/**
 * Input that is not strict canonical RLP. Checked, because the bytes usually come from a peer or a file: a caller must
 * decide what a malformed payload means (drop the message, penalise the peer, fail the block).
 */
public final class RlpException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  /** {@code problem} names what was wrong, {@code detail} what was found; the message reads "problem at offset N: detail". */
  public RlpException(String problem, int offset, String detail) {
    super(problem + " at offset " + offset + ": " + detail);
    this.offset = offset;
  }

  /** For problems that need no detail; the message reads "problem at offset N". */
  public RlpException(String problem, int offset) {
    super(problem + " at offset " + offset);
    this.offset = offset;
  }

  /** Where in the input the problem was found: the first byte of the offending item, or of the unexpected bytes. */
  public int offset() {
    return offset;
  }
}
