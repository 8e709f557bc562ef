package io.converge.bench.node;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.types.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Native sender recoveries per second with every thread busy: the ceiling for signed transactions per second. */
final class RecoveryCeiling {
  private RecoveryCeiling() {}

  /** Recovers the senders of {@code sample} round-robin in {@code threads} threads for {@code millis}. */
  static double recoveriesPerSecond(List<Transaction> sample, int threads, long warmupMillis, long millis)
      throws InterruptedException {
    byte[][] hashes = new byte[sample.size()][];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = sample.get(i).signingHash().toArray();
    }
    Secp256k1 curve = Secp256k1.best();
    run(curve, sample, hashes, threads, warmupMillis);
    AtomicLong total = run(curve, sample, hashes, threads, millis);
    return total.get() * 1000.0 / millis;
  }

  private static AtomicLong run(Secp256k1 curve, List<Transaction> sample, byte[][] hashes, int threads, long millis)
      throws InterruptedException {
    AtomicLong total = new AtomicLong();
    long end = System.nanoTime() + millis * 1_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      Thread w = new Thread(() -> {
        long n = 0;
        int i = offset;
        while (System.nanoTime() < end) {
          if (curve.recover(hashes[i], sample.get(i).signature()).isEmpty()) {
            throw new IllegalStateException("a benchmark signature did not recover");
          }
          n++;
          i = (i + 1) % hashes.length;
        }
        total.addAndGet(n);
      }, "recover-" + t);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    return total;
  }
}
