package io.converge.evm.frame;

import io.converge.evm.HaltReason;
import io.converge.evm.precompile.PrecompiledContract;
import io.converge.evm.tracing.OperationTrace;
import io.converge.types.Address;
import io.converge.types.UInt256;

/**
 * One executing message: its code, stack, memory and gas. The interpreter keeps {@link #pc}, {@link #sp} and
 * {@link #gas} in locals while it runs and writes them back before anything else looks at the frame.
 *
 * <p>The stack holds 256-bit words as four longs each, least significant limb first: item {@code i} (0 at the bottom)
 * occupies {@code stack[4i .. 4i+3]} and {@link #sp} counts items.
 */
public final class Frame {
  /** The interpreter continues with the next operation. */
  public static final int CONTINUE = 0;
  /** STOP, RETURN or SELFDESTRUCT: the frame succeeded with {@link #output}. */
  public static final int SUCCESS = 1;
  /** REVERT: changes undone, remaining gas returned, {@link #output} is the reason. */
  public static final int REVERTED = 2;
  /** Exceptional halt with {@link #haltReason}: changes undone, all gas consumed. */
  public static final int HALTED = 3;
  /** A CALL or CREATE started {@link #child}; run it, then deliver its result here. */
  public static final int CHILD = 4;

  private static final byte[] EMPTY = new byte[0];

  public final ExecutionContext context;
  public final Frame parent;
  /** Whether this frame runs init code whose output becomes the code at {@link #address}. */
  public final boolean isCreation;
  /** ADDRESS: whose storage and balance this frame acts on. */
  public final Address address;
  /** CALLER. */
  public final Address caller;
  /** CALLVALUE (for DELEGATECALL, the parent's value; no value moves). */
  public final UInt256 value;
  public final byte[] input;
  public final Code code;
  /** The precompiled contract this frame runs instead of code, or null. */
  public final PrecompiledContract precompile;
  public final int depth;
  public final boolean isStatic;
  /** Grows (replaced by a larger array) when an operation needs more room; see {@link ExecutionContext#growStack}. */
  public long[] stack;
  public final Memory memory = new Memory();
  /** The world and substate marks this frame reverts to if it fails. */
  public final int worldSnapshot;
  public final int substateMark;

  public int pc;
  public int sp;
  public long gas;
  /** RETURNDATA: the output of the last child call or creation. */
  public byte[] returnData = EMPTY;
  /** RETURN or REVERT data; for a creation, the code to deposit. */
  public byte[] output = EMPTY;
  public HaltReason haltReason;
  /** The operation being traced, reported once its cost is known; only used with a tracer. */
  public OperationTrace pendingTrace;

  /** Set with {@link #CHILD}: the frame to run next. */
  public Frame child;
  /** Where a child call's output goes in this frame's memory. */
  public long childOutputOffset;
  public long childOutputLength;

  public Frame(
      ExecutionContext context,
      Frame parent,
      boolean isCreation,
      Address address,
      Address caller,
      UInt256 value,
      byte[] input,
      Code code,
      PrecompiledContract precompile,
      int depth,
      boolean isStatic,
      long gas,
      int worldSnapshot,
      int substateMark) {
    this.context = context;
    this.parent = parent;
    this.isCreation = isCreation;
    this.address = address;
    this.caller = caller;
    this.value = value;
    this.input = input;
    this.code = code;
    this.precompile = precompile;
    this.depth = depth;
    this.isStatic = isStatic;
    this.gas = gas;
    this.worldSnapshot = worldSnapshot;
    this.substateMark = substateMark;
    this.stack = context.stackFor(depth);
  }

  /** Ends the frame exceptionally; returns {@link #HALTED} for the caller to pass on. */
  public int halt(HaltReason reason) {
    this.haltReason = reason;
    this.gas = 0;
    this.output = EMPTY;
    return HALTED;
  }

  /** Charges {@code cost} if the frame can pay it; otherwise leaves gas as it is and returns false. */
  public boolean charge(long cost) {
    if (cost > gas || cost < 0) {
      return false;
    }
    gas -= cost;
    return true;
  }
}
