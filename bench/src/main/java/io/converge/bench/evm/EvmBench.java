package io.converge.bench.evm;

import io.converge.evm.BlockContext;
import io.converge.evm.Evm;
import io.converge.evm.ExecutionResult;
import io.converge.evm.MessageCall;
import io.converge.evm.TransactionContext;
import io.converge.types.Address;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The Converge side of {@code bench/evm/run.sh}: runs the workloads of a {@code workloads.tsv} on our EVM (Cancun) over
 * an {@link InMemoryWorld} and prints one tab-separated line per workload, as {@code bench/evm/ethereumjs.mjs} does:
 * name, status ({@code ok} or a reason), median ms, gas used, deployment gas, output hex, measured runs.
 *
 * <p>Every timed call starts a fresh transaction on the same committed state (the deployed contract and the funded
 * caller); only the top-level message is timed, not the copying of the state before it.
 *
 * <pre>java -cp ... io.converge.bench.evm.EvmBench workloads.tsv [name]</pre>
 *
 * The measuring policy is the JavaScript runner's, from the same environment variables: warm up for {@code WARMUP} runs
 * and {@code WARMUP_MS} (2 and 1500), then take the median of {@code RUNS} runs (7), stopping early once 3 are measured
 * if {@code BUDGET_MS} (8000) has passed.
 */
public final class EvmBench {
  private static final Wei CALLER_BALANCE = new Wei(BigInteger.TEN.pow(24));
  private static final int MIN_RUNS = 3;
  /** The block every workload runs in: zero coinbase, no fees (the workloads read nothing from it). */
  private static final BlockContext BLOCK = new BlockContext(
      Address.ZERO, 1, 1, 1_000_000_000L, UInt256.ZERO, Hash.ZERO, Wei.ZERO, 1, Wei.of(1), number -> Hash.ZERO);

  private final Policy policy;
  private final Evm evm = Evm.forFork(Fork.CANCUN);

  /** Warm up for {@code warmup} runs and {@code warmupNanos}, then measure {@code runs} runs or stop past the budget. */
  private record Policy(int warmup, long warmupNanos, int runs, long budgetNanos) {
    static Policy fromEnvironment() {
      return new Policy(envInt("WARMUP", 2), envInt("WARMUP_MS", 1500) * 1_000_000L, envInt("RUNS", 7),
          envInt("BUDGET_MS", 8000) * 1_000_000L);
    }
  }

  private EvmBench(Policy policy) {
    this.policy = policy;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: EvmBench <workloads.tsv> [workload name]");
      System.exit(2);
    }
    EvmBench bench = new EvmBench(Policy.fromEnvironment());
    PrintStream out = System.out;
    for (Workload workload : Workload.read(Path.of(args[0]))) {
      if (args.length == 2 && !workload.name().equals(args[1])) {
        continue;
      }
      String line;
      try {
        line = bench.measure(workload);
      } catch (RuntimeException | StackOverflowError e) {
        line = workload.name() + "\terror: " + e;
        e.printStackTrace();
      }
      out.println(line);
      out.flush();
      String[] fields = line.split("\t");
      System.err.println("  converge   " + String.join(" ", Arrays.copyOf(fields, Math.min(4, fields.length))));
    }
  }

  private String measure(Workload w) {
    InMemoryWorld committed = InMemoryWorld.empty();
    committed.setBalance(w.caller(), CALLER_BALANCE);
    String deployGas = "-";
    if (w.deploy()) {
      InMemoryWorld world = InMemoryWorld.startingFrom(committed);
      MessageCall create = MessageCall.create(w.caller(), w.contract(), Wei.ZERO, w.code(), w.gasLimit());
      ExecutionResult result = evm.execute(create, transaction(w.caller()), BLOCK, world);
      if (!(result instanceof ExecutionResult.Success)) {
        return w.name() + "\tdeploy failed: " + describe(result);
      }
      if (world.code(w.contract()).isEmpty()) {
        return w.name() + "\tdeploy left no code at " + w.contract();
      }
      deployGas = Long.toString(w.gasLimit() - result.gasLeft());
      world.setNonce(w.caller(), world.nonce(w.caller()) + 1); // what the transaction processor does
      committed = world;
    } else {
      committed.setCode(w.contract(), w.code());
    }

    MessageCall call = MessageCall.call(w.caller(), w.contract(), Wei.ZERO, w.input(), w.gasLimit());
    TransactionContext tx = transaction(w.caller());
    List<Long> samples = new ArrayList<>();
    int warmups = 0;
    boolean measuring = false;
    long gasUsed = -1;
    String output = null;
    long phaseStarted = System.nanoTime();
    while (true) {
      InMemoryWorld world = InMemoryWorld.startingFrom(committed);
      long t0 = System.nanoTime();
      ExecutionResult result = evm.execute(call, tx, BLOCK, world);
      long t1 = System.nanoTime();
      if (!(result instanceof ExecutionResult.Success)) {
        return w.name() + "\tcall failed: " + describe(result);
      }
      long used = w.gasLimit() - result.gasLeft();
      String out = result.output().isEmpty() ? "-" : result.output().toHex().substring(2);
      if (output != null && (used != gasUsed || !out.equals(output))) {
        return w.name() + "\tnot repeatable: gas " + gasUsed + " then " + used;
      }
      gasUsed = used;
      output = out;
      if (!measuring) {
        warmups++;
        if (warmups >= policy.warmup() && t1 - phaseStarted >= policy.warmupNanos()) {
          measuring = true;
          phaseStarted = System.nanoTime();
        }
        continue;
      }
      samples.add(t1 - t0);
      if (samples.size() >= policy.runs()
          || (samples.size() >= MIN_RUNS && t1 - phaseStarted > policy.budgetNanos())) {
        break;
      }
    }
    Collections.sort(samples);
    double medianMillis = samples.get(samples.size() / 2) / 1e6;
    return String.join("\t", w.name(), "ok", String.format("%.3f", medianMillis), Long.toString(gasUsed), deployGas,
        output, Integer.toString(samples.size()));
  }

  private static String describe(ExecutionResult result) {
    if (result instanceof ExecutionResult.Revert r) {
      return "reverted with " + r.output().toHex();
    }
    if (result instanceof ExecutionResult.ExceptionalHalt h) {
      return "halted: " + h.reason();
    }
    return "succeeded";
  }

  private static int envInt(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  private static TransactionContext transaction(Address origin) {
    return TransactionContext.of(origin, Wei.ZERO);
  }
}
