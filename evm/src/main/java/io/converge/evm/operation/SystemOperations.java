package io.converge.evm.operation;

import io.converge.evm.HaltReason;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Memory;
import io.converge.evm.frame.Substate;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.world.World;
import io.converge.types.Address;
import io.converge.types.Wei;

/** Operations that end a frame: RETURN, REVERT, SELFDESTRUCT. */
final class SystemOperations {
  private SystemOperations() {}

  /** RETURN ({@code status} SUCCESS) or REVERT (EIP-140, {@code status} REVERTED): output from memory. */
  static int returnOrRevert(Frame f, int status) {
    // stack
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    long offset = Memory.clamp(s, top);
    long length = Memory.clamp(s, top - 4);
    f.sp -= 2;
    // gas
    if (!f.charge(f.memory.expansionCost(offset, length))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    f.memory.expand(offset, length);
    f.output = f.memory.read(offset, length);
    // pc: the frame ends
    return status;
  }

  /** SELFDESTRUCT: moves the balance to the beneficiary; deletes the account (from Cancun only if new, EIP-6780). */
  static int selfDestruct(Frame f) {
    // stack
    Address beneficiary = StackValues.toAddress(f.stack, (f.sp - 1) << 2);
    f.sp -= 1;
    // gas
    GasSchedule gas = f.context.gas;
    World world = f.context.world;
    Substate substate = f.context.substate;
    long cost = 0;
    if (gas.tracksAccess() && substate.warmAccount(beneficiary)) {
      cost += gas.coldAccountAccess(); // the whole cold cost: the table charged SELFDESTRUCT's base, not a warm access
    }
    Wei balance = world.balance(f.address);
    boolean exists = world.exists(beneficiary);
    cost += gas.selfDestructNewAccount(exists, exists && !world.isEmpty(beneficiary), !balance.isZero());
    if (!f.charge(cost)) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    if (f.isStatic) {
      return f.halt(HaltReason.STATIC_STATE_CHANGE);
    }
    // operation
    if (gas.selfDestructRefund() > 0 && !substate.isSelfDestructed(f.address)) {
      substate.addRefund(gas.selfDestructRefund());
    }
    if (gas.selfDestructsOnlyNewContracts()) {
      if (!beneficiary.equals(f.address) && !balance.isZero()) {
        world.setBalance(f.address, Wei.ZERO);
        world.setBalance(beneficiary, world.balance(beneficiary).add(balance));
      }
      if (substate.wasCreated(f.address)) {
        world.setBalance(f.address, Wei.ZERO); // a new contract naming itself burns its balance
        substate.addSelfDestruct(f.address);
      }
    } else {
      // Credit first, then zero: a contract naming itself as beneficiary burns its balance.
      world.setBalance(beneficiary, world.balance(beneficiary).add(balance));
      world.setBalance(f.address, Wei.ZERO);
      substate.addSelfDestruct(f.address);
    }
    if (gas.clearsEmptyAccounts()) {
      substate.touch(beneficiary);
    }
    // pc: the frame ends
    return Frame.SUCCESS;
  }
}
