package io.converge.protocol.transaction;

import io.converge.evm.BlockContext;
import io.converge.evm.Evm;
import io.converge.evm.ExecutionResult;
import io.converge.evm.MessageCall;
import io.converge.evm.TransactionContext;
import io.converge.evm.gas.GasSchedule;
import io.converge.evm.tracing.Tracer;
import io.converge.evm.world.World;
import io.converge.types.Fork;
import java.util.Objects;

/** The project's {@link Evm} as the {@link MessageExecutor} of one fork. Thread-safe, as the EVM is. */
public final class EvmMessageExecutor implements MessageExecutor {
  private final Evm evm;

  private EvmMessageExecutor(Evm evm) {
    this.evm = Objects.requireNonNull(evm, "evm");
  }

  /** Whether the EVM implements {@code fork}. */
  public static boolean supports(Fork fork) {
    try {
      GasSchedule.forFork(fork);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The EVM of {@code fork}; fails for a fork it does not implement (see {@link #supports}). */
  public static EvmMessageExecutor forFork(Fork fork) {
    return new EvmMessageExecutor(Evm.forFork(fork));
  }

  @Override
  public ExecutionResult execute(MessageCall message, World world, TransactionContext transaction, BlockContext block,
      Tracer tracer) {
    return evm.execute(message, transaction, block, world, tracer);
  }
}
