package io.converge.bench.evm;

import io.converge.evm.BlockContext;
import io.converge.evm.ExecutionResult;
import io.converge.evm.MessageCall;
import io.converge.evm.TransactionContext;
import io.converge.types.Address;
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
 * Warm-up runs, measured runs and the per-workload time budget come from the environment ({@code WARMUP}, {@code RUNS},
 * {@code BUDGET_MS}; 2, 5 and 10000 by default).
 */
public final class EvmBench {
  private static final Wei CALLER_BALANCE = new Wei(BigInteger.TEN.pow(24));
  private static final int MIN_RUNS = 3;

  private final int warmup;
  private final int runs;
  private final long budgetNanos;
  private final EvmRunner evm = new EvmRunner();

  private EvmBench(int warmup, int runs, long budgetMillis) {
    this.warmup = warmup;
    this.runs = runs;
    this.budgetNanos = budgetMillis * 1_000_000;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: EvmBench <workloads.tsv> [workload name]");
      System.exit(2);
    }
    EvmBench bench = new EvmBench(envInt("WARMUP", 2), envInt("RUNS", 5), envInt("BUDGET_MS", 10_000));
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
      ExecutionResult result = evm.run(world, create, w.caller());
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
    List<Long> samples = new ArrayList<>();
    long gasUsed = -1;
    String output = null;
    long started = System.nanoTime();
    for (int i = 0; i < warmup + runs; i++) {
      InMemoryWorld world = InMemoryWorld.startingFrom(committed);
      long t0 = System.nanoTime();
      ExecutionResult result = evm.run(world, call, w.caller());
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
      if (i >= warmup) {
        samples.add(t1 - t0);
      }
      if (samples.size() >= MIN_RUNS && System.nanoTime() - started > budgetNanos) {
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

  /** The block every workload runs in: Cancun rules, zero coinbase, no fees. */
  static BlockContext block() {
    return new BlockContext(Address.ZERO, 1, 1, 1_000_000_000L, UInt256.ZERO, Hash.ZERO, Wei.ZERO, 1, Wei.of(1),
        number -> Hash.ZERO);
  }

  static TransactionContext transaction(Address origin) {
    return TransactionContext.of(origin, Wei.ZERO);
  }
}
