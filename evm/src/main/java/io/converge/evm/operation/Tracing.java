package io.converge.evm.operation;

import io.converge.evm.HaltReason;
import io.converge.evm.frame.Frame;
import io.converge.evm.tracing.OperationTrace;
import io.converge.types.UInt256;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link OperationTrace}s: the state is captured before an operation and reported once its cost is known. */
final class Tracing {
  private Tracing() {}

  /** Reports the frame's previous operation (its cost is now known) and captures the one about to run. */
  static void beforeOperation(Frame f, int pc, int sp, long gas, int op) {
    report(f, gas, Optional.empty());
    List<UInt256> stack = new ArrayList<>(sp);
    for (int i = 0; i < sp; i++) {
      stack.add(StackValues.toUInt256(f.stack, i << 2));
    }
    f.pendingTrace = new OperationTrace(
        pc, op, Opcodes.name(op), gas, 0, f.memory.size(), stack, f.returnData.length, f.depth + 1,
        f.context.substate.refund(), Optional.empty());
  }

  /** Reports the frame's last operation as it leaves the interpreter (ending the frame or starting a child). */
  static void afterOperation(Frame f) {
    HaltReason reason = f.haltReason;
    report(f, f.gas, Optional.ofNullable(reason));
  }

  private static void report(Frame f, long gasNow, Optional<HaltReason> error) {
    OperationTrace pending = f.pendingTrace;
    if (pending == null) {
      return;
    }
    f.pendingTrace = null;
    f.context.tracer.onOperation(new OperationTrace(
        pending.pc(), pending.opcode(), pending.opName(), pending.gas(), pending.gas() - gasNow,
        pending.memorySize(), pending.stack(), pending.returnDataSize(), pending.depth(), pending.refund(), error));
  }
}
