package io.converge.evm.operation;

import static io.converge.evm.operation.Opcodes.*;

import io.converge.evm.HaltReason;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Memory;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.tracing.Tracer;

/**
 * The run loop. Nested calls do not recurse in Java: a CALL or CREATE leaves its frame with {@link Frame#CHILD}, the
 * loop in {@link #execute} runs the child, then hands the child's result to the parent and resumes it. A 1024-deep
 * call chain therefore uses a constant amount of Java stack.
 *
 * <p>Each operation runs in the four steps of the spec. The first two are common to all operations and come from the
 * fork's {@link OperationTable}: the stack holds enough inputs and has room for the outputs, and the constant gas is
 * paid. Then the operation reads its operands, charges its dynamic gas, does its work and moves the program counter.
 * Operations that only touch the stack, memory and program counter run inline in {@link #run} with the program counter,
 * stack pointer and gas in locals; all others go through {@link FrameOperations} with those written back to the frame.
 */
public final class Interpreter {
  private Interpreter() {}

  /** Runs {@code top} and every frame it starts until {@code top} ends; returns top's final status. */
  public static int execute(Frame top) {
    Frame frame = top;
    while (true) {
      int status = frame.precompile != null ? MessageFrames.runPrecompile(frame) : run(frame);
      if (status == Frame.CHILD) {
        frame = frame.child;
        continue;
      }
      status = MessageFrames.finish(frame, status);
      if (frame == top) {
        return status;
      }
      Frame parent = frame.parent;
      parent.child = null;
      MessageFrames.deliver(parent, frame, status);
      frame = parent;
    }
  }

  /**
   * Runs the frame until it ends or starts a child; returns a {@link Frame} status other than CONTINUE.
   *
   * <p>Steps 1 and 2 run per operation ("exact" mode) or once per basic block (see {@link OperationTable#blocks}):
   * on entering a block whose stack needs and constant gas the frame meets, the whole block is paid at once and its
   * operations skip both steps; otherwise, and always when tracing, each operation checks and pays for itself.
   */
  static int run(Frame f) {
    final byte[] code = f.code.paddedBytes();
    final long[] blocks = f.code.blocks();
    long[] s = f.stack;
    // Items the stack array lacks for the full 1024; tested with the stack bounds, so that growing costs nothing
    // until it is needed.
    int missing = OperationTable.STACK_LIMIT - (s.length >> 2);
    final OperationTable table = f.context.operations;
    final long[] packed = table.packed;
    final Memory memory = f.memory;
    final Tracer tracer = f.context.tracer;
    final boolean tracing = tracer != null;
    final long expByte = f.context.gas.expByte();
    final long[] scratch = new long[8];
    int pc = f.pc;
    int sp = f.sp;
    long gas = f.gas;
    // Every entry to run() is at a block start: the frame's first operation, or the one after a CALL or CREATE.
    boolean exact = true;
    if (!tracing) {
      long after = OperationTable.enterBlock(blocks[pc], sp, gas, missing);
      exact = after < 0;
      gas = exact ? gas : after;
    }
    while (true) {
      final int op = code[pc] & 0xff;
      if (exact) {
        if (tracing) {
          Tracing.beforeOperation(f, pc, sp, gas, op);
        }
        final long checks = packed[op];
        // 1. stack: inputs present, room for outputs (an undefined opcode never passes). One unsigned comparison
        // covers both bounds: sp - minimum must lie in [0, range].
        final int minimum = OperationTable.minimumOf(checks);
        if (Integer.compareUnsigned(sp - minimum, OperationTable.rangeOf(checks) - missing) > 0) {
          if (Integer.compareUnsigned(sp - minimum, OperationTable.rangeOf(checks)) > 0) {
            f.pc = pc;
            f.sp = sp;
            return end(f, f.halt(stackFailure(table, op, sp)));
          }
          s = f.context.growStack(f);
          missing = 0;
        }
        // 2. gas: the constant part
        gas -= OperationTable.gasOf(checks);
        if (gas < 0) {
          f.pc = pc;
          f.sp = sp;
          return end(f, f.halt(HaltReason.OUT_OF_GAS));
        }
      }
      // 3. operation and 4. program counter
      final int top = (sp - 1) << 2;
      switch (op) {
        case STOP -> {
          f.pc = pc;
          f.sp = sp;
          f.gas = gas;
          return end(f, Frame.SUCCESS);
        }
        case ADD -> {
          WordMath.add(s, top, top - 4, top - 4);
          sp--;
          pc++;
        }
        case MUL -> {
          WordMath.multiply(s, top, top - 4, top - 4);
          sp--;
          pc++;
        }
        case SUB -> {
          WordMath.subtract(s, top, top - 4, top - 4);
          sp--;
          pc++;
        }
        case DIV -> {
          WordDivision.divide(s, top, top - 4, top - 4, false);
          sp--;
          pc++;
        }
        case SDIV -> {
          WordDivision.divideSigned(s, top, top - 4, top - 4, scratch, false);
          sp--;
          pc++;
        }
        case MOD -> {
          WordDivision.divide(s, top, top - 4, top - 4, true);
          sp--;
          pc++;
        }
        case SMOD -> {
          WordDivision.divideSigned(s, top, top - 4, top - 4, scratch, true);
          sp--;
          pc++;
        }
        case ADDMOD -> {
          WordDivision.addMod(s, top, top - 4, top - 8, top - 8);
          sp -= 2;
          pc++;
        }
        case MULMOD -> {
          WordDivision.mulMod(s, top, top - 4, top - 8, top - 8);
          sp -= 2;
          pc++;
        }
        case EXP -> {
          gas -= expByte * WordMath.byteLength(s, top - 4);
          if (gas < 0) {
            return outOfGas(f, pc, sp);
          }
          WordMath.exp(s, top, top - 4, top - 4, scratch);
          sp--;
          pc++;
        }
        case SIGNEXTEND -> {
          WordMath.signExtend(s, top, top - 4, top - 4);
          sp--;
          pc++;
        }
        case LT -> {
          WordMath.setLong(s, top - 4, WordMath.compareUnsigned(s, top, top - 4) < 0 ? 1 : 0);
          sp--;
          pc++;
        }
        case GT -> {
          WordMath.setLong(s, top - 4, WordMath.compareUnsigned(s, top, top - 4) > 0 ? 1 : 0);
          sp--;
          pc++;
        }
        case SLT -> {
          WordMath.setLong(s, top - 4, WordMath.compareSigned(s, top, top - 4) < 0 ? 1 : 0);
          sp--;
          pc++;
        }
        case SGT -> {
          WordMath.setLong(s, top - 4, WordMath.compareSigned(s, top, top - 4) > 0 ? 1 : 0);
          sp--;
          pc++;
        }
        case EQ -> {
          boolean equal = s[top] == s[top - 4] && s[top + 1] == s[top - 3] && s[top + 2] == s[top - 2]
              && s[top + 3] == s[top - 1];
          WordMath.setLong(s, top - 4, equal ? 1 : 0);
          sp--;
          pc++;
        }
        case ISZERO -> {
          WordMath.setLong(s, top, WordMath.isZero(s, top) ? 1 : 0);
          pc++;
        }
        case AND -> {
          s[top - 4] &= s[top];
          s[top - 3] &= s[top + 1];
          s[top - 2] &= s[top + 2];
          s[top - 1] &= s[top + 3];
          sp--;
          pc++;
        }
        case OR -> {
          s[top - 4] |= s[top];
          s[top - 3] |= s[top + 1];
          s[top - 2] |= s[top + 2];
          s[top - 1] |= s[top + 3];
          sp--;
          pc++;
        }
        case XOR -> {
          s[top - 4] ^= s[top];
          s[top - 3] ^= s[top + 1];
          s[top - 2] ^= s[top + 2];
          s[top - 1] ^= s[top + 3];
          sp--;
          pc++;
        }
        case NOT -> {
          s[top] = ~s[top];
          s[top + 1] = ~s[top + 1];
          s[top + 2] = ~s[top + 2];
          s[top + 3] = ~s[top + 3];
          pc++;
        }
        case BYTE -> {
          WordMath.byteOf(s, top, top - 4, top - 4);
          sp--;
          pc++;
        }
        case SHL -> {
          WordMath.shiftLeft(s, top, top - 4, top - 4);
          sp--;
          pc++;
        }
        case SHR -> {
          WordMath.shiftRight(s, top, top - 4, top - 4, false);
          sp--;
          pc++;
        }
        case SAR -> {
          WordMath.shiftRight(s, top, top - 4, top - 4, true);
          sp--;
          pc++;
        }
        case CALLVALUE -> {
          StackValues.setUInt256(s, top + 4, f.value);
          sp++;
          pc++;
        }
        case CALLDATALOAD -> {
          MemoryOperations.callDataLoad(s, top, f.input);
          pc++;
        }
        case CALLDATASIZE -> {
          WordMath.setLong(s, top + 4, f.input.length);
          sp++;
          pc++;
        }
        case POP -> {
          sp--;
          pc++;
        }
        case MLOAD -> {
          long offset = Memory.clamp(s, top);
          gas -= memory.expansionCost(offset, 32);
          if (gas < 0) {
            return outOfGas(f, pc, sp);
          }
          memory.expand(offset, 32);
          StackValues.setBytes32(s, top, memory.data(), (int) offset);
          pc++;
        }
        case MSTORE -> {
          long offset = Memory.clamp(s, top);
          gas -= memory.expansionCost(offset, 32);
          if (gas < 0) {
            return outOfGas(f, pc, sp);
          }
          memory.expand(offset, 32);
          StackValues.getBytes32(s, top - 4, memory.data(), (int) offset);
          sp -= 2;
          pc++;
        }
        case MSTORE8 -> {
          long offset = Memory.clamp(s, top);
          gas -= memory.expansionCost(offset, 1);
          if (gas < 0) {
            return outOfGas(f, pc, sp);
          }
          memory.expand(offset, 1);
          memory.data()[(int) offset] = (byte) s[top - 4];
          sp -= 2;
          pc++;
        }
        case JUMP -> {
          long destination = StackValues.toGas(s, top);
          if (!f.code.isJumpDestination(destination)) {
            return invalidJump(f, pc, sp, gas);
          }
          sp--;
          pc = (int) destination;
        }
        case JUMPI -> {
          if (WordMath.isZero(s, top - 4)) {
            pc++;
            if (!tracing) {
              long after = OperationTable.enterBlock(blocks[pc], sp - 2, gas, missing);
              exact = after < 0;
              gas = exact ? gas : after;
            }
          } else {
            long destination = StackValues.toGas(s, top);
            if (!f.code.isJumpDestination(destination)) {
              return invalidJump(f, pc, sp, gas);
            }
            pc = (int) destination;
          }
          sp -= 2;
        }
        case PC -> {
          WordMath.setLong(s, top + 4, pc);
          sp++;
          pc++;
        }
        case MSIZE -> {
          WordMath.setLong(s, top + 4, memory.size());
          sp++;
          pc++;
        }
        case GAS -> {
          WordMath.setLong(s, top + 4, gas);
          sp++;
          pc++;
          if (!tracing) {
            long after = OperationTable.enterBlock(blocks[pc], sp, gas, missing);
            exact = after < 0;
            gas = exact ? gas : after;
          }
        }
        case JUMPDEST -> {
          // A JUMPDEST belongs to no block: it pays for itself, then the block after it is entered.
          if (!exact) {
            gas -= GasSchedule.JUMPDEST;
            if (gas < 0) {
              return outOfGas(f, pc, sp);
            }
          }
          pc++;
          if (!tracing) {
            long after = OperationTable.enterBlock(blocks[pc], sp, gas, missing);
            exact = after < 0;
            gas = exact ? gas : after;
          }
        }
        case PUSH0 -> {
          WordMath.setZero(s, top + 4);
          sp++;
          pc++;
        }
        case PUSH1 -> {
          WordMath.setLong(s, top + 4, code[pc + 1] & 0xff);
          sp++;
          pc += 2;
        }
        case 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
            0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, PUSH32 -> {
          int length = op - PUSH0;
          StackValues.setPushData(s, top + 4, code, pc + 1, length);
          sp++;
          pc += 1 + length;
        }
        case DUP1, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, DUP16 -> {
          WordMath.copy(s, top - ((op - DUP1) << 2), top + 4);
          sp++;
          pc++;
        }
        case SWAP1, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, SWAP16 -> {
          int other = top - ((op - SWAP1 + 1) << 2);
          long t0 = s[top], t1 = s[top + 1], t2 = s[top + 2], t3 = s[top + 3];
          s[top] = s[other];
          s[top + 1] = s[other + 1];
          s[top + 2] = s[other + 2];
          s[top + 3] = s[other + 3];
          s[other] = t0;
          s[other + 1] = t1;
          s[other + 2] = t2;
          s[other + 3] = t3;
          pc++;
        }
        default -> {
          f.pc = pc;
          f.sp = sp;
          f.gas = gas;
          int status = FrameOperations.execute(f, op);
          if (status != Frame.CONTINUE) {
            return end(f, status);
          }
          pc = f.pc;
          sp = f.sp;
          gas = f.gas;
          if (!tracing && OperationTable.endsBlock(op)) {
            long after = OperationTable.enterBlock(blocks[pc], sp, gas, missing);
            exact = after < 0;
            gas = exact ? gas : after;
          }
        }
      }
    }
  }

  private static HaltReason stackFailure(OperationTable table, int op, int sp) {
    if (!table.isDefined(op)) {
      return HaltReason.INVALID_OPCODE;
    }
    return sp < table.minStack[op] ? HaltReason.STACK_UNDERFLOW : HaltReason.STACK_OVERFLOW;
  }

  private static int outOfGas(Frame f, int pc, int sp) {
    f.pc = pc;
    f.sp = sp;
    return end(f, f.halt(HaltReason.OUT_OF_GAS));
  }

  private static int invalidJump(Frame f, int pc, int sp, long gas) {
    f.pc = pc;
    f.sp = sp;
    f.gas = gas;
    return end(f, f.halt(HaltReason.INVALID_JUMP_DESTINATION));
  }

  private static int end(Frame f, int status) {
    if (f.context.tracer != null) {
      Tracing.afterOperation(f);
    }
    return status;
  }
}
