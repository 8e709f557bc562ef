package io.converge.bench.crypto;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import java.util.Optional;
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
 * The native binding against BouncyCastle, in one run so that the ratio is meaningful on shared
 * cores. Recovery is the hot path: once per transaction sender and per ECRECOVER call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Secp256k1Benchmark {
  @Param({"libsecp256k1", "BouncyCastle"})
  String implementation;

  private Secp256k1 curve;
  private byte[] hash;
  private byte[] privateKey;
  private byte[] publicKey;
  private Signature signature;

  @Setup
  public void setUp() {
    curve =
        switch (implementation) {
          case "libsecp256k1" -> Secp256k1.nativeLibrary()
              .orElseThrow(() -> new IllegalStateException("native libsecp256k1 did not load"));
          case "BouncyCastle" -> Secp256k1.bouncyCastle();
          default -> throw new IllegalArgumentException("unknown implementation " + implementation);
        };
    SplittableRandom random = new SplittableRandom(3);
    hash = new byte[32];
    random.nextBytes(hash);
    privateKey = new byte[32];
    random.nextBytes(privateKey);
    privateKey[0] = 0x01; // keeps the key below the group order
    publicKey = curve.publicKey(privateKey);
    signature = curve.sign(hash, privateKey);
  }

  @Benchmark
  public Optional<byte[]> recover() {
    return curve.recover(hash, signature);
  }

  @Benchmark
  public boolean verify() {
    return curve.verify(hash, signature, publicKey);
  }

  @Benchmark
  public Signature sign() {
    return curve.sign(hash, privateKey);
  }

  @Benchmark
  public byte[] publicKey() {
    return curve.publicKey(privateKey);
  }
}
