package io.converge.evm.operation;

import io.converge.crypto.hash.Keccak256;
import io.converge.evm.ContractAddress;
import io.converge.evm.HaltReason;
import io.converge.evm.frame.ExecutionContext;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Memory;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.world.World;
import io.converge.types.Address;
import io.converge.types.UInt256;

/** CREATE and CREATE2 (EIP-1014). */
final class CreateOperations {
  private static final byte[] EMPTY = new byte[0];

  private CreateOperations() {}

  static int create(Frame f, boolean create2) {
    ExecutionContext ctx = f.context;
    GasSchedule schedule = ctx.gas;
    World world = ctx.world;
    // stack: value, init code offset and length, [salt]
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    UInt256 value = StackValues.toUInt256(s, top);
    long offset = Memory.clamp(s, top - 4);
    long length = Memory.clamp(s, top - 8);
    byte[] salt = new byte[32];
    if (create2) {
      StackValues.getBytes32(s, top - 12, salt, 0);
    }
    f.sp -= create2 ? 4 : 3;

    // gas: the table charged CREATE's base; memory, init code words (EIP-3860) and CREATE2's hashing remain
    long expansion = f.memory.expansionCost(offset, length);
    if (expansion == Long.MAX_VALUE) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    long words = GasSchedule.words(length);
    long hashing = create2 ? GasSchedule.KECCAK256_WORD * words : 0;
    if (!f.charge(expansion + schedule.initCodeWord() * words + hashing)) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    f.memory.expand(offset, length);
    if (length > schedule.maxInitCodeSize()) {
      return f.halt(HaltReason.INIT_CODE_SIZE_EXCEEDED); // EIP-3860
    }
    long childGas = schedule.capsCallGas() ? GasSchedule.allButOne64th(f.gas) : f.gas;
    f.gas -= childGas;
    if (f.isStatic) {
      return f.halt(HaltReason.STATIC_STATE_CHANGE);
    }

    // operation
    f.returnData = EMPTY;
    byte[] initCode = f.memory.read(offset, length);
    long nonce = world.nonce(f.address);
    Address address = create2
        ? ContractAddress.forCreate2(f.address, salt, Keccak256.hash(initCode))
        : ContractAddress.forCreate(f.address, nonce);
    boolean affordable = value.isZero() || world.balance(f.address).compareTo(StackValues.toWei(value)) >= 0;
    if (!affordable || nonce == -1L || f.depth >= MessageFrames.MAX_DEPTH) {
      f.gas += childGas; // nothing happens, the nonce included
      return pushZero(f);
    }
    if (schedule.tracksAccess()) {
      ctx.substate.warmAccount(address);
    }
    world.setNonce(f.address, nonce + 1);
    if (MessageFrames.collides(world, address)) {
      return pushZero(f); // the gas set aside is lost
    }
    f.child = MessageFrames.startCreate(ctx, f, f.address, address, value, initCode, childGas, f.depth + 1);
    // pc: advanced when the child's result is delivered
    return Frame.CHILD;
  }

  private static int pushZero(Frame f) {
    WordMath.setZero(f.stack, f.sp << 2);
    f.sp++;
    f.pc++;
    return Frame.CONTINUE;
  }
}
