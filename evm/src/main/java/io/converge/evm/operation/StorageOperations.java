package io.converge.evm.operation;

import io.converge.evm.HaltReason;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Substate;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.world.World;
import io.converge.types.UInt256;

/** SLOAD, SSTORE and transient storage (EIP-1153). */
final class StorageOperations {
  private StorageOperations() {}

  static int sload(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    UInt256 key = StackValues.toUInt256(f.stack, top);
    // gas: the table charged the warm cost; a cold slot pays the rest (EIP-2929)
    GasSchedule gas = f.context.gas;
    if (gas.tracksAccess() && f.context.substate.warmSlot(f.address, key)
        && !f.charge(gas.coldSload() - gas.sload())) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    StackValues.setUInt256(f.stack, top, f.context.world.storage(f.address, key));
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  static int sstore(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    UInt256 key = StackValues.toUInt256(f.stack, top);
    UInt256 newValue = StackValues.toUInt256(f.stack, top - 4);
    f.sp -= 2;
    // gas
    GasSchedule gas = f.context.gas;
    World world = f.context.world;
    Substate substate = f.context.substate;
    if (gas.sstoreSentry() > 0 && f.gas <= gas.sstoreSentry()) {
      return f.halt(HaltReason.OUT_OF_GAS); // EIP-2200: never with only a call stipend left
    }
    UInt256 current = world.storage(f.address, key);
    UInt256 original = gas.sstoreNeedsOriginal() ? world.originalStorage(f.address, key) : current;
    long cost = gas.sstoreCost(original, current, newValue);
    if (gas.tracksAccess() && substate.warmSlot(f.address, key)) {
      cost += gas.coldSload();
    }
    if (!f.charge(cost)) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    if (f.isStatic) {
      return f.halt(HaltReason.STATIC_STATE_CHANGE);
    }
    // operation
    substate.addRefund(gas.sstoreRefund(original, current, newValue));
    world.setStorage(f.address, key, newValue);
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  static int tload(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    UInt256 key = StackValues.toUInt256(f.stack, top);
    // gas: constant only
    // operation
    StackValues.setUInt256(f.stack, top, f.context.substate.transientValue(f.address, key));
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  static int tstore(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    UInt256 key = StackValues.toUInt256(f.stack, top);
    UInt256 value = StackValues.toUInt256(f.stack, top - 4);
    f.sp -= 2;
    // gas: constant only
    if (f.isStatic) {
      return f.halt(HaltReason.STATIC_STATE_CHANGE);
    }
    // operation
    f.context.substate.setTransient(f.address, key, value);
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }
}
