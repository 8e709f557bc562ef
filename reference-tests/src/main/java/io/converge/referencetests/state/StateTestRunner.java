package io.converge.referencetests.state;

import io.converge.evm.BlockContext;
import io.converge.evm.LogEntry;
import io.converge.evm.tracing.Tracer;
import io.converge.protocol.fork.BlobGasRules;
import io.converge.protocol.fork.ForkRules;
import io.converge.protocol.transaction.EvmMessageExecutor;
import io.converge.protocol.transaction.TransactionOutcome;
import io.converge.protocol.transaction.TransactionProcessor;
import io.converge.rlp.RlpWriter;
import io.converge.state.TrieWorldState;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.Transaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Runs one (test, fork, indexes) case the way the fillers did: the pre-state, one block holding one transaction, and
 * a comparison of the state root and the logs hash. An invalid transaction leaves the pre-state as it was.
 */
public final class StateTestRunner {
  /** Keccak-256 of the RLP of an empty list: the logs hash of a transaction without logs. */
  static final Hash EMPTY_LOGS_HASH = logsHash(List.of());

  private StateTestRunner() {}

  /** Whether the EVM implements {@code fork}, so that its cases can run. */
  public static boolean supports(Fork fork) {
    return EvmMessageExecutor.supports(fork);
  }

  static StateTestResult run(StateTest test, StateTest.Post post, PreState pre, Processors processors,
      Tracer tracer) {
    Fork fork = post.fork().orElseThrow(() -> new IllegalArgumentException("unknown fork " + post.forkName()));
    TrieWorldState state = pre.open();
    Optional<String> invalidReason;
    List<LogEntry> logs = List.of();
    Transaction tx;
    try {
      tx = TransactionBuilder.build(test.transaction(), post);
    } catch (TransactionBuilder.MalformedTransactionException e) {
      invalidReason = Optional.of("malformed transaction: " + e.getMessage());
      return compare(test, post, state.rootHash(), logs, invalidReason);
    }
    ForkRules rules = ForkRules.of(fork);
    Optional<BlobGasRules> blobGas = rules.blobGas();
    StateTest.Environment env = test.env();
    BlockContext block = new BlockContext(
        env.coinbase(),
        env.number(),
        env.timestamp(),
        env.gasLimit(),
        env.difficulty(),
        env.random().orElse(Hash.ZERO),
        env.baseFee(),
        ChainId.MAINNET.value(),
        blobGas.map(r -> new Wei(r.baseFee(env.excessBlobGas()))).orElse(Wei.ZERO),
        StateTestRunner::blockHash);
    TransactionProcessor processor = processors.forFork(fork);
    TransactionOutcome outcome = processor.process(state, tx, block, env.gasLimit(),
        blobGas.map(BlobGasRules::maxPerBlock).orElse(0L), tracer);
    if (outcome instanceof TransactionOutcome.Invalid invalid) {
      invalidReason = Optional.of(invalid.reason().reason());
    } else {
      invalidReason = Optional.empty();
      logs = ((TransactionOutcome.Executed) outcome).logs();
    }
    return compare(test, post, state.rootHash(), logs, invalidReason);
  }

  private static StateTestResult compare(StateTest test, StateTest.Post post, Hash root, List<LogEntry> logs,
      Optional<String> invalidReason) {
    Hash logsHash = logsHash(logs);
    Optional<String> error = Optional.empty();
    if (post.expectException().isPresent() && invalidReason.isEmpty()) {
      error = Optional.of("expected the transaction to be invalid (" + post.expectException().get()
          + ") but it was executed");
    } else if (post.expectException().isEmpty() && invalidReason.isPresent()) {
      error = Optional.of("transaction rejected: " + invalidReason.get());
    } else if (!root.equals(post.stateRoot())) {
      error = Optional.of("state root: expected " + post.stateRoot() + ", got " + root);
    } else if (!logsHash.equals(post.logsHash())) {
      error = Optional.of("logs hash: expected " + post.logsHash() + ", got " + logsHash);
    }
    return new StateTestResult(test.name(), post.forkName(), post.indexes(), error.isEmpty(), root, logsHash, error);
  }

  /** What the fillers answer to BLOCKHASH: keccak256 of the block number written in decimal. */
  static Hash blockHash(long number) {
    return Hash.keccak256(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
  }

  /** Keccak-256 of {@code rlp([[address, [topics...], data], ...])}. */
  static Hash logsHash(List<LogEntry> logs) {
    RlpWriter w = new RlpWriter();
    w.startList();
    for (LogEntry log : logs) {
      w.startList();
      w.writeBytes(log.address().unsafeArray());
      w.startList();
      for (Hash topic : log.topics()) {
        w.writeBytes(topic.unsafeArray());
      }
      w.endList();
      w.writeBytes(log.data().unsafeArray());
      w.endList();
    }
    w.endList();
    return Hash.keccak256(w.toByteArray());
  }
}
