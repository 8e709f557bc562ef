package io.converge.evm.operation;

import static io.converge.evm.operation.Opcodes.CALL;
import static io.converge.evm.operation.Opcodes.CALLCODE;
import static io.converge.evm.operation.Opcodes.DELEGATECALL;
import static io.converge.evm.operation.Opcodes.STATICCALL;

import io.converge.evm.HaltReason;
import io.converge.evm.frame.ExecutionContext;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Memory;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.world.World;
import io.converge.types.Address;
import io.converge.types.UInt256;

/** CALL, CALLCODE, DELEGATECALL (EIP-7) and STATICCALL (EIP-214). */
final class CallOperations {
  private static final byte[] EMPTY = new byte[0];

  private CallOperations() {}

  static int call(Frame f, int op) {
    ExecutionContext ctx = f.context;
    GasSchedule schedule = ctx.gas;
    World world = ctx.world;
    // stack: gas, address, [value,] input offset and length, output offset and length
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    long requestedGas = StackValues.toGas(s, top);
    Address to = StackValues.toAddress(s, top - 4);
    boolean hasValue = op == CALL || op == CALLCODE;
    UInt256 value = hasValue ? StackValues.toUInt256(s, top - 8) : UInt256.ZERO;
    int arguments = hasValue ? top - 12 : top - 8;
    long inputOffset = Memory.clamp(s, arguments);
    long inputLength = Memory.clamp(s, arguments - 4);
    long outputOffset = Memory.clamp(s, arguments - 8);
    long outputLength = Memory.clamp(s, arguments - 12);
    f.sp -= hasValue ? 7 : 6;

    // gas: the table charged the base (from Berlin, the warm access)
    long end = Math.max(
        inputLength == 0 ? 0 : inputOffset + inputLength, outputLength == 0 ? 0 : outputOffset + outputLength);
    long memoryCost = f.memory.expansionCost(0, end);
    if (memoryCost == Long.MAX_VALUE) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    boolean transfersValue = !value.isZero();
    long extra = AccessCosts.accountSurcharge(f, to);
    if (op == CALL) {
      boolean exists = world.exists(to);
      extra += schedule.callNewAccount(exists, exists && !world.isEmpty(to), transfersValue);
    }
    if (transfersValue) {
      extra += GasSchedule.CALL_VALUE_TRANSFER;
    }
    long childGas = requestedGas;
    if (schedule.capsCallGas()) {
      long available = f.gas - memoryCost - extra;
      if (available >= 0) {
        childGas = Math.min(requestedGas, GasSchedule.allButOne64th(available)); // EIP-150
      }
    }
    if (childGas > f.gas || !f.charge(childGas + extra + memoryCost)) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    if (f.isStatic && op == CALL && transfersValue) {
      return f.halt(HaltReason.STATIC_STATE_CHANGE);
    }

    // operation
    f.memory.expand(0, end);
    f.returnData = EMPTY;
    long stipend = transfersValue ? GasSchedule.CALL_STIPEND : 0;
    boolean affordable = !transfersValue || world.balance(f.address).compareTo(StackValues.toWei(value)) >= 0;
    if (!affordable || f.depth >= MessageFrames.MAX_DEPTH) {
      // The call does not happen; the gas set aside for it, stipend included, comes back.
      f.gas += childGas + stipend;
      WordMath.setZero(s, f.sp << 2);
      f.sp++;
      f.pc++;
      return Frame.CONTINUE;
    }
    byte[] input = f.memory.read(inputOffset, inputLength);
    Frame child = switch (op) {
      case CALL -> MessageFrames.startCall(
          ctx, f, f.address, to, to, value, true, input, childGas + stipend, f.depth + 1, f.isStatic);
      case CALLCODE -> MessageFrames.startCall(
          ctx, f, f.address, f.address, to, value, true, input, childGas + stipend, f.depth + 1, f.isStatic);
      case DELEGATECALL -> MessageFrames.startCall(
          ctx, f, f.caller, f.address, to, f.value, false, input, childGas, f.depth + 1, f.isStatic);
      case STATICCALL -> MessageFrames.startCall(
          ctx, f, f.address, to, to, UInt256.ZERO, false, input, childGas, f.depth + 1, true);
      default -> throw new IllegalStateException("not a call: " + Opcodes.name(op));
    };
    f.childOutputOffset = outputOffset;
    f.childOutputLength = outputLength;
    f.child = child;
    // pc: advanced when the child's result is delivered
    return Frame.CHILD;
  }
}
