package io.converge.node.cli;

import io.converge.evm.BlockContext;
import io.converge.evm.ExecutionResult;
import io.converge.evm.MessageCall;
import io.converge.evm.TransactionContext;
import io.converge.evm.tracing.StandardJsonTracer;
import io.converge.evm.tracing.Tracer;
import io.converge.protocol.transaction.EvmMessageExecutor;
import io.converge.protocol.transaction.MessageExecutor;
import io.converge.state.StateDatabase;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code converge evm run --code <hex>}: runs raw code as a call to a contract in an otherwise empty state and prints
 * the return data and the gas used. With {@code --bench} it repeats the run on a fresh copy of the state and prints
 * the median time after a warm-up, so JIT compilation and first-touch costs stay out of the figure.
 */
@Command(name = "run", description = "Execute raw EVM code against an empty state.")
final class EvmRunCommand implements Callable<Integer> {
  private static final Address CALLER = Address.fromHex("00000000000000000000000000000000000ca11e");
  private static final Address CONTRACT = Address.fromHex("0000000000000000000000000000000000c0de00");

  @Spec CommandSpec spec;

  @Option(names = "--code", required = true, description = "The code to run, in hex.")
  String code;

  @Option(names = "--input", defaultValue = "0x", description = "Call data, in hex.")
  String input;

  @Option(names = "--gas", defaultValue = "10000000", description = "Gas for the call (default: ${DEFAULT-VALUE}).")
  long gas;

  @Option(names = "--fork", defaultValue = "Cancun", description = "Fork rules (fixture name; default: ${DEFAULT-VALUE}).")
  String forkName;

  @Option(names = "--trace", description = "Print an EIP-3155 JSON line per operation to standard error.")
  boolean trace;

  @Option(names = "--bench", description = "Time repeated runs and print the median.")
  boolean bench;

  @Option(names = "--runs", defaultValue = "50", description = "Timed runs with --bench (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmup", defaultValue = "20", description = "Least untimed runs before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--warmup-ms", defaultValue = "2000",
      description = "Keep warming up until this many milliseconds passed, so the JIT has compiled the hot paths "
          + "(default: ${DEFAULT-VALUE}).")
  long warmupMillis;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Fork fork = Fork.byFixtureName(forkName).orElse(null);
    if (fork == null || !EvmMessageExecutor.supports(fork)) {
      err.println("unknown or unsupported fork: " + forkName);
      return 2;
    }
    Bytes codeBytes;
    Bytes inputBytes;
    try {
      codeBytes = Bytes.fromHex(code.strip());
      inputBytes = Bytes.fromHex(input.strip());
    } catch (IllegalArgumentException e) {
      err.println("not hex: " + e.getMessage());
      return 2;
    }
    if (gas < 0 || runs < 1 || warmup < 0 || warmupMillis < 0) {
      err.println("--gas, --runs, --warmup and --warmup-ms must be non-negative (runs at least 1)");
      return 2;
    }
    StateDatabase db = StateDatabase.inMemory();
    TrieWorldState setup = db.empty();
    setup.setCode(CONTRACT, codeBytes);
    setup.setBalance(CALLER, new Wei(Wei.MAX.shiftRight(1)));
    Hash root = setup.commit();
    MessageExecutor evm = EvmMessageExecutor.forFork(fork);

    ExecutionResult result = runOnce(evm, db, root, inputBytes, trace ? new StandardJsonTracer(System.err) : null);
    out.println("output: " + result.output().toHex());
    out.println("gasUsed: " + (gas - result.gasLeft()));
    out.println("status: " + describe(result));
    if (bench) {
      int warmed = 0;
      long warmupStart = System.nanoTime();
      while (warmed < warmup || System.nanoTime() - warmupStart < warmupMillis * 1_000_000) {
        runOnce(evm, db, root, inputBytes, null);
        warmed++;
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        runOnce(evm, db, root, inputBytes, null);
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      long median = nanos[runs / 2];
      long gasUsed = gas - result.gasLeft();
      double mgasPerSecond = median == 0 ? 0 : gasUsed * 1e3 / median;
      out.printf("median: %.3f ms over %d runs after %d warm-up runs (%.1f Mgas/s; min %.3f ms, max %.3f ms)%n",
          median / 1e6, runs, warmed, mgasPerSecond, nanos[0] / 1e6, nanos[runs - 1] / 1e6);
    }
    out.flush();
    return 0;
  }

  private ExecutionResult runOnce(MessageExecutor evm, StateDatabase db, Hash root, Bytes inputBytes, Tracer tracer) {
    TrieWorldState world = db.at(root);
    BlockContext block = new BlockContext(Address.ZERO, 1, 1, 30_000_000L, UInt256.ZERO, Hash.ZERO, Wei.ZERO, 1,
        Wei.of(1), n -> Hash.ZERO);
    MessageCall call = MessageCall.call(CALLER, CONTRACT, Wei.ZERO, inputBytes, gas);
    return evm.execute(call, world, TransactionContext.of(CALLER, Wei.ZERO), block, tracer);
  }

  private static String describe(ExecutionResult r) {
    if (r instanceof ExecutionResult.ExceptionalHalt h) {
      return "halted (" + h.reason() + ")";
    }
    return r instanceof ExecutionResult.Revert ? "reverted" : "success";
  }
}
