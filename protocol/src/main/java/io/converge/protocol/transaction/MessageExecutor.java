package io.converge.protocol.transaction;

import io.converge.evm.BlockContext;
import io.converge.evm.ExecutionResult;
import io.converge.evm.MessageCall;
import io.converge.evm.TransactionContext;
import io.converge.evm.tracing.Tracer;
import io.converge.evm.world.World;

/**
 * Runs a transaction's top-level message in one fork's EVM. The processor owns everything around the message (gas
 * purchase, refunds, fees, clean-up); the EVM owns what happens inside it, warming included.
 */
@FunctionalInterface
public interface MessageExecutor {

  /** Runs {@code message}; {@code tracer} may be null. */
  ExecutionResult execute(MessageCall message, World world, TransactionContext transaction, BlockContext block,
      Tracer tracer);
}
