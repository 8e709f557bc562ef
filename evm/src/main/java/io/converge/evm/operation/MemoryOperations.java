package io.converge.evm.operation;

import io.converge.crypto.hash.Keccak256;
import io.converge.evm.HaltReason;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Memory;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.world.World;
import io.converge.types.Address;

/** Operations that hash or copy byte ranges into memory: KECCAK256, CALLDATACOPY, CODECOPY, EXTCODECOPY, ... */
final class MemoryOperations {
  private static final byte[] EMPTY_HASH = World.EMPTY_CODE_HASH.unsafeArray();

  private MemoryOperations() {}

  /** CALLDATALOAD: 32 bytes of input at the offset on top, zero past the end. */
  static void callDataLoad(long[] s, int top, byte[] input) {
    long offset = Memory.clamp(s, top);
    if (offset + 32 <= input.length) {
      StackValues.setBytes32(s, top, input, (int) offset);
      return;
    }
    byte[] word = new byte[32];
    if (offset < input.length) {
      System.arraycopy(input, (int) offset, word, 0, input.length - (int) offset);
    }
    StackValues.setBytes32(s, top, word, 0);
  }

  /** Gas for copying {@code length} bytes to memory at {@code offset}: 3 per word plus expansion. */
  private static long copyCost(Memory memory, long offset, long length) {
    long expansion = memory.expansionCost(offset, length);
    return expansion == Long.MAX_VALUE ? expansion : expansion + GasSchedule.COPY_WORD * GasSchedule.words(length);
  }

  static int keccak256(Frame f) {
    // stack
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    long offset = Memory.clamp(s, top);
    long length = Memory.clamp(s, top - 4);
    f.sp -= 1;
    // gas
    long expansion = f.memory.expansionCost(offset, length);
    if (expansion == Long.MAX_VALUE
        || !f.charge(expansion + GasSchedule.KECCAK256_WORD * GasSchedule.words(length))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    f.memory.expand(offset, length);
    byte[] hash = length == 0 ? EMPTY_HASH : Keccak256.hash(f.memory.data(), (int) offset, (int) length);
    StackValues.setBytes32(s, top - 4, hash, 0);
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  static int callDataCopy(Frame f) {
    return copyToMemory(f, f.input, f.input.length);
  }

  static int codeCopy(Frame f) {
    return copyToMemory(f, f.code.paddedBytes(), f.code.length());
  }

  /** CALLDATACOPY and CODECOPY: memory offset, source offset, length; zeros past the source's end. */
  private static int copyToMemory(Frame f, byte[] source, int sourceLength) {
    // stack
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    long offset = Memory.clamp(s, top);
    long sourceOffset = Memory.clamp(s, top - 4);
    long length = Memory.clamp(s, top - 8);
    f.sp -= 3;
    // gas
    if (!f.charge(copyCost(f.memory, offset, length))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    f.memory.expand(offset, length);
    f.memory.copyPadded(offset, source, sourceLength, sourceOffset, length);
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  static int extCodeCopy(Frame f) {
    // stack
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    Address address = StackValues.toAddress(s, top);
    long offset = Memory.clamp(s, top - 4);
    long sourceOffset = Memory.clamp(s, top - 8);
    long length = Memory.clamp(s, top - 12);
    f.sp -= 4;
    // gas
    long cost = copyCost(f.memory, offset, length);
    if (cost == Long.MAX_VALUE || !f.charge(cost + AccessCosts.accountSurcharge(f, address))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    f.memory.expand(offset, length);
    if (length > 0) {
      byte[] code = f.context.world.code(address).unsafeArray();
      f.memory.copyPadded(offset, code, code.length, sourceOffset, length);
    }
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  /** RETURNDATACOPY (EIP-211): reading past the end of the return data halts. */
  static int returnDataCopy(Frame f) {
    // stack
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    long offset = Memory.clamp(s, top);
    long sourceOffset = Memory.clamp(s, top - 4);
    long length = Memory.clamp(s, top - 8);
    f.sp -= 3;
    // gas
    if (!f.charge(copyCost(f.memory, offset, length))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    if (sourceOffset + length > f.returnData.length) {
      return f.halt(HaltReason.RETURN_DATA_OUT_OF_BOUNDS);
    }
    // operation
    f.memory.expand(offset, length);
    f.memory.copyPadded(offset, f.returnData, f.returnData.length, sourceOffset, length);
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  /** MCOPY (EIP-5656): copies within memory, overlapping ranges allowed. */
  static int mcopy(Frame f) {
    // stack
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    long destination = Memory.clamp(s, top);
    long source = Memory.clamp(s, top - 4);
    long length = Memory.clamp(s, top - 8);
    f.sp -= 3;
    // gas
    long end = length == 0 ? 0 : Math.max(destination, source) + length;
    long expansion = f.memory.expansionCost(0, end);
    if (expansion == Long.MAX_VALUE
        || !f.charge(expansion + GasSchedule.COPY_WORD * GasSchedule.words(length))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    // operation
    if (length > 0) {
      f.memory.expand(0, end);
      byte[] data = f.memory.data();
      System.arraycopy(data, (int) source, data, (int) destination, (int) length);
    }
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }
}
