package io.converge.evm.operation;

import io.converge.evm.HaltReason;
import io.converge.evm.frame.Code;
import io.converge.evm.frame.ExecutionContext;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Substate;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.precompile.PrecompileResult;
import io.converge.evm.precompile.PrecompiledContract;
import io.converge.evm.tracing.Tracer;
import io.converge.evm.world.World;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.UInt256;
import io.converge.types.Wei;

/**
 * Starting, finishing and joining frames: what happens around the code of a message (the spec's
 * {@code process_message} and {@code process_create_message}), for the transaction's own message and for every CALL
 * and CREATE alike.
 */
public final class MessageFrames {
  /** Call depth limit: a frame at this depth may not call or create. */
  public static final int MAX_DEPTH = 1024;

  /** The RIPEMD-160 precompile, whose touch survives reverts (see {@link Substate#touchPermanently}). */
  private static final Address RIPEMD160 = Address.ofNumber(3);

  private static final byte[] EMPTY = new byte[0];

  private MessageFrames() {}

  /**
   * Starts a message call: takes the snapshots the frame reverts to, touches the recipient, moves the value if
   * {@code transfersValue} and loads the code at {@code codeAddress} (or its precompile). The caller has checked that
   * the sender can pay.
   */
  public static Frame startCall(
      ExecutionContext ctx,
      Frame parent,
      Address caller,
      Address recipient,
      Address codeAddress,
      UInt256 value,
      boolean transfersValue,
      byte[] input,
      long gas,
      int depth,
      boolean isStatic) {
    World world = ctx.world;
    int snapshot = world.snapshot();
    int mark = ctx.substate.mark();
    // Before Spurious Dragon a message creates its recipient even if empty; after, touched empty accounts go.
    world.ensureExists(recipient);
    touch(ctx, recipient);
    if (transfersValue && !value.isZero()) {
      transfer(world, caller, recipient, StackValues.toWei(value));
    }
    PrecompiledContract precompile = ctx.precompiles.get(codeAddress).orElse(null);
    Code code = precompile != null ? Code.EMPTY : codeAt(ctx, codeAddress);
    return new Frame(
        ctx, parent, false, recipient, caller, value, input, code, precompile, depth, isStatic, gas, snapshot, mark);
  }

  /**
   * Starts a creation at {@code address}, already checked to be free: a fresh account (keeping any balance sent there
   * before) created in this transaction, nonce 1 from Spurious Dragon, then the value moves.
   */
  public static Frame startCreate(
      ExecutionContext ctx, Frame parent, Address caller, Address address, UInt256 value, byte[] initCode, long gas,
      int depth) {
    World world = ctx.world;
    int snapshot = world.snapshot();
    int mark = ctx.substate.mark();
    world.createAccount(address);
    ctx.substate.markCreated(address);
    if (ctx.gas.clearsEmptyAccounts()) {
      world.setNonce(address, 1); // EIP-161
    }
    touch(ctx, address);
    if (!value.isZero()) {
      transfer(world, caller, address, StackValues.toWei(value));
    }
    return new Frame(
        ctx, parent, true, address, caller, value, EMPTY, Code.analyze(initCode, ctx.operations), null, depth, false, gas, snapshot,
        mark);
  }

  /** Whether creating at {@code address} collides with an existing account (EIP-684, EIP-7610). */
  public static boolean collides(World world, Address address) {
    return world.nonce(address) != 0
        || !world.codeHash(address).equals(World.EMPTY_CODE_HASH)
        || world.hasStorage(address);
  }

  private static Code codeAt(ExecutionContext ctx, Address address) {
    World world = ctx.world;
    return ctx.codeCache.get(world.codeHash(address), () -> world.code(address).unsafeArray());
  }

  private static void touch(ExecutionContext ctx, Address address) {
    if (ctx.gas.clearsEmptyAccounts()) {
      ctx.substate.touch(address);
      if (address.equals(RIPEMD160)) {
        ctx.substate.touchPermanently(address);
      }
    }
  }

  /** Moves {@code value} between accounts; the sender must hold it. */
  static void transfer(World world, Address from, Address to, Wei value) {
    Wei fromBalance = world.balance(from);
    if (fromBalance.compareTo(value) < 0) {
      throw new IllegalStateException("sender " + from + " cannot pay " + value + " from " + fromBalance);
    }
    world.setBalance(from, fromBalance.subtract(value));
    world.setBalance(to, world.balance(to).add(value));
  }

  /** Runs a precompiled contract in place of code: its cost first, then its result. */
  static int runPrecompile(Frame f) {
    PrecompiledContract contract = f.precompile;
    if (!f.charge(contract.gasCost(f.input))) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    PrecompileResult result = contract.compute(f.input);
    if (result instanceof PrecompileResult.Success success) {
      f.output = success.output();
      return Frame.SUCCESS;
    }
    return f.halt(HaltReason.PRECOMPILE_FAILURE);
  }

  /**
   * Ends a frame: deposits a creation's code, and undoes the frame's changes unless it succeeded. Returns the final
   * status, which code deposit may turn into a halt.
   */
  static int finish(Frame f, int status) {
    ExecutionContext ctx = f.context;
    if (status == Frame.SUCCESS && f.isCreation) {
      status = depositCode(f);
    }
    if (status != Frame.SUCCESS) {
      ctx.world.revertTo(f.worldSnapshot);
      ctx.substate.revertTo(f.substateMark);
    }
    Tracer tracer = ctx.tracer;
    if (tracer != null) {
      tracer.onFrameEnd(f.depth + 1, switch (status) {
        case Frame.SUCCESS -> Tracer.FrameOutcome.SUCCESS;
        case Frame.REVERTED -> Tracer.FrameOutcome.REVERT;
        default -> Tracer.FrameOutcome.EXCEPTIONAL_HALT;
      });
    }
    return status;
  }

  /** The output of init code becomes the contract's code, if it is allowed and paid for. */
  private static int depositCode(Frame f) {
    GasSchedule gas = f.context.gas;
    byte[] code = f.output;
    if (gas.rejectsEfCode() && code.length > 0 && code[0] == (byte) 0xef) {
      return f.halt(HaltReason.INVALID_CODE_PREFIX); // EIP-3541
    }
    if (!f.charge(GasSchedule.CODE_DEPOSIT_BYTE * code.length)) {
      if (gas.failsCreationWithoutDeposit()) {
        return f.halt(HaltReason.OUT_OF_GAS); // EIP-2
      }
      f.output = EMPTY; // Frontier: the contract exists, without code, and keeps its gas
      return Frame.SUCCESS;
    }
    if (code.length > gas.maxCodeSize()) {
      return f.halt(HaltReason.CODE_SIZE_EXCEEDED); // EIP-170
    }
    f.context.world.setCode(f.address, Bytes.wrap(code));
    return Frame.SUCCESS;
  }

  /** Hands a finished child's result to its parent and resumes the parent after its CALL or CREATE. */
  static void deliver(Frame parent, Frame child, int status) {
    long[] s = parent.stack;
    int result = parent.sp << 2;
    parent.gas += child.gas;
    if (child.isCreation) {
      if (status == Frame.SUCCESS) {
        StackValues.setAddress(s, result, child.address);
      } else {
        WordMath.setZero(s, result);
      }
      parent.returnData = status == Frame.REVERTED ? child.output : EMPTY;
    } else {
      WordMath.setLong(s, result, status == Frame.SUCCESS ? 1 : 0);
      parent.returnData = child.output;
      int copied = (int) Math.min(parent.childOutputLength, child.output.length);
      parent.memory.write(parent.childOutputOffset, child.output, copied);
    }
    parent.sp++;
    parent.pc++;
  }
}
