package io.converge.referencetests.state;

import io.converge.protocol.transaction.EvmMessageExecutor;
import io.converge.protocol.transaction.TransactionProcessor;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import java.util.EnumMap;
import java.util.Map;

/** The transaction processors of the cases of one file, one per fork, made on first use (the EVM caches analysed code). */
final class Processors {
  private final Map<Fork, TransactionProcessor> byFork = new EnumMap<>(Fork.class);

  synchronized TransactionProcessor forFork(Fork fork) {
    return byFork.computeIfAbsent(fork,
        f -> new TransactionProcessor(f, ChainId.MAINNET, EvmMessageExecutor.forFork(f)));
  }
}
