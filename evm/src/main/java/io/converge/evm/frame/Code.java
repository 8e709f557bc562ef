package io.converge.evm.frame;

import io.converge.evm.operation.OperationTable;

/**
 * Code ready to run, analysed once per fork: the bytes followed by 33 zero bytes, so that the interpreter can read
 * PUSH32 data and the next opcode past the end without bounds checks (zeros read as STOP, as the spec pads code); the
 * valid JUMPDEST positions (those not inside PUSH data); and the basic blocks the interpreter checks as a whole (see
 * {@link OperationTable#blocks}). Immutable; shared between frames running the same code.
 */
public final class Code {
  /** Zero bytes after the code: PUSH32's data plus one STOP. */
  public static final int PADDING = 33;

  /** No code at all: one block holding the implicit STOP, valid in every fork. */
  public static final Code EMPTY = new Code(new byte[PADDING], 0, new long[0], new long[1]);

  private final byte[] padded;
  private final int length;
  private final long[] jumpDestinations;
  private final long[] blocks;

  private Code(byte[] padded, int length, long[] jumpDestinations, long[] blocks) {
    this.padded = padded;
    this.length = length;
    this.jumpDestinations = jumpDestinations;
    this.blocks = blocks;
  }

  /** Analyses {@code code} for the fork of {@code operations}; the array is copied. */
  public static Code analyze(byte[] code, OperationTable operations) {
    int length = code.length;
    if (length == 0) {
      return EMPTY;
    }
    byte[] padded = new byte[length + PADDING];
    System.arraycopy(code, 0, padded, 0, length);
    long[] jumpDestinations = new long[(length + 63) >>> 6];
    for (int pc = 0; pc < length; pc++) {
      int op = code[pc] & 0xff;
      if (op == 0x5b) {
        jumpDestinations[pc >>> 6] |= 1L << pc;
      } else if (op >= 0x60 && op <= 0x7f) {
        pc += op - 0x5f;
      }
    }
    return new Code(padded, length, jumpDestinations, operations.blocks(padded, length));
  }

  /** The padded bytes; callers must not modify them. */
  public byte[] paddedBytes() {
    return padded;
  }

  public int length() {
    return length;
  }

  /** Block checks by the position where each block starts (see {@link OperationTable#blocks}); do not modify. */
  public long[] blocks() {
    return blocks;
  }

  /** Whether {@code destination} is a JUMPDEST opcode (not PUSH data) inside the code. */
  public boolean isJumpDestination(long destination) {
    return destination >= 0
        && destination < length
        && (jumpDestinations[(int) (destination >>> 6)] & (1L << destination)) != 0;
  }
}
