package io.converge.bench.crypto;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the crypto benchmarks in one JVM session and prints what the issue asks for: sender recoveries per second on one
 * core for the native binding and for BouncyCastle, their ratio, and Keccak-256 throughput. Both implementations are
 * measured in the same run so that the ratio means something on shared cores.
 */
public final class CryptoReport {
  private CryptoReport() {}

  public static void main(String[] args) throws RunnerException {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Options recover = new OptionsBuilder()
        .include(Secp256k1Benchmark.class.getName() + ".recover$")
        .threads(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
        .forks(1)
        .build();
    double nativeOps = Double.NaN;
    double bcOps = Double.NaN;
    for (RunResult r : new Runner(recover).run()) {
      String impl = r.getParams().getParam("implementation");
      double score = r.getPrimaryResult().getScore();
      if ("libsecp256k1".equals(impl)) {
        nativeOps = score;
      } else {
        bcOps = score;
      }
    }
    Options keccak = new OptionsBuilder()
        .include(HashBenchmark.class.getName() + ".keccak256$")
        .param("size", "32", "1024", "65536")
        .warmupIterations(3).warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
        .forks(1)
        .build();
    Collection<RunResult> hashes = new Runner(keccak).run();

    System.out.println();
    System.out.println("== Converge crypto benchmark (1 thread = 1 core) ==");
    System.out.printf(Locale.ROOT, "secp256k1 recover  native libsecp256k1: %,10.0f /s%n", nativeOps);
    System.out.printf(Locale.ROOT, "secp256k1 recover  BouncyCastle:        %,10.0f /s%n", bcOps);
    System.out.printf(Locale.ROOT, "ratio native / BouncyCastle:            %10.2fx%n", nativeOps / bcOps);
    for (RunResult r : hashes) {
      int size = Integer.parseInt(r.getParams().getParam("size"));
      double nanosPerOp = r.getPrimaryResult().getScore();
      double mbPerSecond = size / nanosPerOp * 1e9 / 1e6;
      System.out.printf(Locale.ROOT, "keccak256 %6d-byte inputs:            %10.1f MB/s (%.0f ns/hash)%n",
          size, mbPerSecond, nanosPerOp);
    }
  }
}
