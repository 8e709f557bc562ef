package io.converge.evm.operation;

import io.converge.evm.HaltReason;
import io.converge.evm.frame.Frame;
import io.converge.evm.world.World;
import io.converge.types.Address;

/** Operations that read the executing account, the transaction or another account. */
final class EnvironmentOperations {
  private EnvironmentOperations() {}

  /** Pushes one word the caller has already written at the new top. Stack bounds were checked by the table. */
  private static int pushed(Frame f) {
    f.sp++;
    f.pc++;
    return Frame.CONTINUE;
  }

  private static int next(Frame f) {
    return f.sp << 2;
  }

  static int address(Frame f) {
    StackValues.setAddress(f.stack, next(f), f.address);
    return pushed(f);
  }

  static int origin(Frame f) {
    StackValues.setAddress(f.stack, next(f), f.context.transaction.origin());
    return pushed(f);
  }

  static int caller(Frame f) {
    StackValues.setAddress(f.stack, next(f), f.caller);
    return pushed(f);
  }

  static int codeSize(Frame f) {
    WordMath.setLong(f.stack, next(f), f.code.length());
    return pushed(f);
  }

  static int gasPrice(Frame f) {
    StackValues.setWei(f.stack, next(f), f.context.transaction.gasPrice());
    return pushed(f);
  }

  static int returnDataSize(Frame f) {
    WordMath.setLong(f.stack, next(f), f.returnData.length);
    return pushed(f);
  }

  /** SELFBALANCE (EIP-1884). */
  static int selfBalance(Frame f) {
    StackValues.setWei(f.stack, next(f), f.context.world.balance(f.address));
    return pushed(f);
  }

  static int balance(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    Address address = StackValues.toAddress(f.stack, top);
    // gas
    if (!f.charge(AccessCosts.accountSurcharge(f, address))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    StackValues.setWei(f.stack, top, f.context.world.balance(address));
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  static int extCodeSize(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    Address address = StackValues.toAddress(f.stack, top);
    // gas
    if (!f.charge(AccessCosts.accountSurcharge(f, address))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    WordMath.setLong(f.stack, top, f.context.world.code(address).size());
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  /** EXTCODEHASH (EIP-1052): zero for an empty or absent account. */
  static int extCodeHash(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    Address address = StackValues.toAddress(f.stack, top);
    // gas
    if (!f.charge(AccessCosts.accountSurcharge(f, address))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    World world = f.context.world;
    if (world.isEmpty(address)) {
      WordMath.setZero(f.stack, top);
    } else {
      StackValues.setHash(f.stack, top, world.codeHash(address));
    }
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }
}
