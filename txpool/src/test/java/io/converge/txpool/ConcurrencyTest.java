package io.converge.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.transaction.Transaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Threads adding and removing at once leave a consistent pool and an event stream in causal order. */
class ConcurrencyTest {

  @Test
  void concurrentAddsAndRemovesKeepPoolAndListenersConsistent() throws Exception {
    PoolFixture f = new PoolFixture();
    List<Signer> signers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      signers.add(f.funded(i));
    }
    // Signing is the slow part: do it before the race.
    List<List<Transaction>> perThread = new ArrayList<>();
    for (Signer s : signers) {
      List<Transaction> txs = new ArrayList<>();
      for (int n = 0; n < 12; n++) {
        txs.add(s.dynamic(n, 2 + n, 1_000));
      }
      perThread.add(txs);
    }
    OrderedMirror mirror = new OrderedMirror();
    f.pool.addListener(mirror);
    AtomicInteger accepted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (List<Transaction> txs : perThread) {
        done.add(threads.submit(() -> {
          start.await();
          for (Transaction tx : txs) {
            if (f.pool.add(tx, Origin.REMOTE).isAccepted()) {
              accepted.incrementAndGet();
            }
            if (tx.nonce() % 5 == 4) {
              f.pool.remove(tx.hash());
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> d : done) {
        d.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(accepted.get()).isEqualTo(8 * 12);
    assertThat(mirror.violations).isZero();
    PoolContent content = f.pool.content();
    Set<Hash> pooled = new HashSet<>();
    content.pending().values().forEach(m -> m.values().forEach(t -> pooled.add(t.hash())));
    content.queued().values().forEach(m -> m.values().forEach(t -> pooled.add(t.hash())));
    assertThat(pooled).isEqualTo(mirror.members);
    // Nonces 4 and 9 were removed: 0-3 pending, 5-8 and 10-11 queued behind the gaps.
    assertThat(f.pool.status()).isEqualTo(new PoolStatus(8 * 4, 8 * 6));
  }

  private static final class OrderedMirror implements PoolListener {
    final Set<Hash> members = new HashSet<>();
    int violations;

    @Override
    public synchronized void onAdded(Transaction tx, Address sender, Slot slot) {
      violations += members.add(tx.hash()) ? 0 : 1;
    }

    @Override
    public synchronized void onRemoved(Transaction tx, Address sender, RemovalReason reason) {
      violations += members.remove(tx.hash()) ? 0 : 1;
    }
  }
}
