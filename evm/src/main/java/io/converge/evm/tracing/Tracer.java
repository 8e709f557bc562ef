package io.converge.evm.tracing;

/**
 * Observes execution one operation at a time (EIP-3155 fields). Passing no tracer costs the interpreter one
 * predictable branch per operation; with a tracer, each step copies the stack.
 */
public interface Tracer {
  /** Called once per executed operation, after its gas is known, before the next operation or child frame runs. */
  void onOperation(OperationTrace trace);

  /** Called when a frame at {@code depth} (1-based, as in EIP-3155) ends. */
  default void onFrameEnd(int depth, FrameOutcome outcome) {}

  /** How a traced frame ended. */
  enum FrameOutcome {
    SUCCESS,
    REVERT,
    EXCEPTIONAL_HALT
  }
}
