package io.converge.bench.crypto;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.hash.Ripemd160;
import io.converge.crypto.hash.Sha256;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hash throughput at the sizes the node hashes most: 32 bytes (storage keys, trie nodes), 136 bytes
 * (one Keccak block; a short trie node) and 1 KiB (headers, transactions).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HashBenchmark {
  @Param({"32", "136", "1024"})
  int size;

  private byte[] input;

  @Setup
  public void setUp() {
    input = new byte[size];
    new SplittableRandom(1).nextBytes(input);
  }

  @Benchmark
  public byte[] keccak256() {
    return Keccak256.hash(input);
  }

  @Benchmark
  public byte[] sha256() {
    return Sha256.hash(input);
  }

  @Benchmark
  public byte[] ripemd160() {
    return Ripemd160.hash(input);
  }
}
