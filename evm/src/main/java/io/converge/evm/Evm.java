package io.converge.evm;

import io.converge.evm.frame.CodeCache;
import io.converge.evm.frame.ExecutionContext;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Substate;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.operation.Interpreter;
import io.converge.evm.operation.MessageFrames;
import io.converge.evm.operation.OperationTable;
import io.converge.evm.precompile.Precompiles;
import io.converge.evm.tracing.Tracer;
import io.converge.evm.world.World;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.UInt256;
import java.util.Objects;

/**
 * The Ethereum Virtual Machine of one fork. Thread-safe: executions share only the fork's tables and a cache of
 * analysed code, so one instance can serve many transactions at once.
 *
 * <p>What stays with the caller (the transaction processor): intrinsic gas, buying gas and bumping the sender's nonce
 * before {@link #execute}; afterwards capping and paying the refund, paying the coinbase, deleting the
 * {@link ExecutionResult.Success#selfDestructs()} and, from Spurious Dragon, the
 * {@link ExecutionResult.Success#touchedAccounts()} that exist and are empty.
 */
public final class Evm {
  // An analysed contract takes about ten times its size; a thousand of them hold a block's working set.
  private static final int CODE_CACHE_ENTRIES = 1024;

  private final Fork fork;
  private final GasSchedule gas;
  private final OperationTable operations;
  private final Precompiles precompiles;
  private final CodeCache codeCache;

  private Evm(Fork fork, Precompiles precompiles) {
    this.fork = fork;
    this.gas = GasSchedule.forFork(fork);
    this.operations = OperationTable.forFork(fork, gas);
    this.precompiles = precompiles;
    this.codeCache = new CodeCache(CODE_CACHE_ENTRIES, operations);
  }

  /** The EVM of {@code fork} with that fork's precompiled contracts. */
  public static Evm forFork(Fork fork) {
    return new Evm(fork, Precompiles.forFork(fork));
  }

  public Fork fork() {
    return fork;
  }

  public GasSchedule gasSchedule() {
    return gas;
  }

  /** Runs the message without tracing. */
  public ExecutionResult execute(MessageCall call, TransactionContext tx, BlockContext block, World world) {
    return execute(call, tx, block, world, null);
  }

  /**
   * Runs the message: moves its value, runs its code (or init code, depositing the result) with every nested call and
   * creation, and reports how it ended. State changes stay in {@code world} only on {@link ExecutionResult.Success}.
   *
   * @param tracer observes every operation; null for none
   */
  public ExecutionResult execute(
      MessageCall call, TransactionContext tx, BlockContext block, World world, Tracer tracer) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(world, "world");
    ExecutionContext ctx = new ExecutionContext(fork, gas, operations, precompiles, codeCache, world, tx, block, tracer);
    if (call.depth() > MessageFrames.MAX_DEPTH) {
      return new ExecutionResult.ExceptionalHalt(HaltReason.CALL_DEPTH_EXCEEDED);
    }
    warmUp(ctx.substate, call, tx, block);
    UInt256 value = call.value().isZero() ? UInt256.ZERO : new UInt256(call.value().value());
    Frame top;
    if (call.isCreate()) {
      if (MessageFrames.collides(world, call.recipient())) {
        return new ExecutionResult.ExceptionalHalt(HaltReason.ADDRESS_COLLISION);
      }
      top = MessageFrames.startCreate(
          ctx, null, call.sender(), call.recipient(), value, call.input().unsafeArray(), call.gas(), call.depth());
    } else {
      top = MessageFrames.startCall(
          ctx, null, call.sender(), call.recipient(), call.codeAddress(), value, true, call.input().unsafeArray(),
          call.gas(), call.depth(), call.isStatic());
    }
    int status = Interpreter.execute(top);
    Substate substate = ctx.substate;
    return switch (status) {
      case Frame.SUCCESS -> new ExecutionResult.Success(
          top.gas, Math.max(0, substate.refund()), Bytes.wrap(top.output.clone()), substate.logs(),
          substate.selfDestructs(), substate.touched());
      case Frame.REVERTED -> new ExecutionResult.Revert(top.gas, Bytes.wrap(top.output.clone()));
      default -> new ExecutionResult.ExceptionalHalt(top.haltReason);
    };
  }

  /** EIP-2929/2930/3651: what is warm before the first operation. */
  private void warmUp(Substate substate, MessageCall call, TransactionContext tx, BlockContext block) {
    if (!gas.tracksAccess()) {
      return;
    }
    substate.warmAccount(tx.origin());
    substate.warmAccount(call.sender());
    substate.warmAccount(call.recipient());
    for (Address precompile : precompiles.addresses()) {
      substate.warmAccount(precompile);
    }
    for (TransactionContext.AccessListEntry entry : tx.accessList()) {
      substate.warmAccount(entry.address());
      for (UInt256 key : entry.storageKeys()) {
        substate.warmSlot(entry.address(), key);
      }
    }
    if (gas.warmsCoinbase()) {
      substate.warmAccount(block.coinbase());
    }
  }
}
