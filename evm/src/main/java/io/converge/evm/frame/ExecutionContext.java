package io.converge.evm.frame;

import io.converge.evm.BlockContext;
import io.converge.evm.TransactionContext;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.operation.OperationTable;
import io.converge.evm.precompile.Precompiles;
import io.converge.evm.tracing.Tracer;
import io.converge.evm.world.World;
import io.converge.types.Fork;

/**
 * Everything the frames of one transaction share: the fork's rules, the world, the transaction and block, the
 * journaled substate, and per-depth stacks reused from frame to frame.
 */
public final class ExecutionContext {
  public final Fork fork;
  public final GasSchedule gas;
  public final OperationTable operations;
  public final Precompiles precompiles;
  public final CodeCache codeCache;
  public final World world;
  public final TransactionContext transaction;
  public final BlockContext block;
  public final Substate substate = new Substate();
  /** Null when not tracing; the interpreter tests it once per operation. */
  public final Tracer tracer;

  private static final int INITIAL_STACK_ITEMS = 128;

  private final long[][] stacks = new long[OperationTable.STACK_LIMIT + 1][];

  public ExecutionContext(
      Fork fork,
      GasSchedule gas,
      OperationTable operations,
      Precompiles precompiles,
      CodeCache codeCache,
      World world,
      TransactionContext transaction,
      BlockContext block,
      Tracer tracer) {
    this.fork = fork;
    this.gas = gas;
    this.operations = operations;
    this.precompiles = precompiles;
    this.codeCache = codeCache;
    this.world = world;
    this.transaction = transaction;
    this.block = block;
    this.tracer = tracer;
  }

  /**
   * The stack array for a frame at {@code depth}. Frames at one depth never overlap in time, so each depth keeps one
   * array. It starts small (most frames use a few dozen items; a 1024-deep chain of full-size stacks would take 32
   * MiB) and {@link #growStack} enlarges it when an operation needs more room.
   */
  long[] stackFor(int depth) {
    long[] stack = stacks[depth];
    if (stack == null) {
      stack = new long[INITIAL_STACK_ITEMS * 4];
      stacks[depth] = stack;
    }
    return stack;
  }

  /** Gives the frame a stack with room for the full 1024 items, keeping its contents. */
  public long[] growStack(Frame frame) {
    long[] grown = java.util.Arrays.copyOf(frame.stack, OperationTable.STACK_LIMIT * 4);
    stacks[frame.depth] = grown;
    frame.stack = grown;
    return grown;
  }
}
