package io.converge.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Wei;
import io.converge.types.transaction.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queued transactions become pending when their nonce gap closes; new heads drop, demote and promote. */
class PromotionTest {
  private final PoolFixture f = new PoolFixture();
  private final Signer alice = f.funded(0);

  @Test
  void queuesGappedNonceAndPromotesItWhenTheGapCloses() {
    Transaction t2 = alice.dynamic(2, 2, 200);
    Transaction t1 = alice.dynamic(1, 2, 200);
    Transaction t0 = alice.dynamic(0, 2, 200);

    assertThat(f.remote(t2)).isEqualTo(new AdmissionResult.Added(t2.hash(), Slot.QUEUED));
    assertThat(f.remote(t1)).isEqualTo(new AdmissionResult.Added(t1.hash(), Slot.QUEUED));
    assertThat(f.pool.status()).isEqualTo(new PoolStatus(0, 2));
    assertThat(f.pool.nextNonce(alice.address())).isZero();

    assertThat(f.remote(t0)).isEqualTo(new AdmissionResult.Added(t0.hash(), Slot.PENDING));

    assertThat(f.pool.status()).isEqualTo(new PoolStatus(3, 0));
    assertThat(f.pool.pending().get(alice.address())).containsExactly(t0, t1, t2);
    assertThat(f.pool.queued()).isEmpty();
    assertThat(f.pool.nextNonce(alice.address())).isEqualTo(3);
    assertThat(f.events.log).containsExactly("added 2 QUEUED", "added 1 QUEUED", "added 0 PENDING",
        "promoted 1", "promoted 2");
  }

  @Test
  void nextNonceStartsFromTheAccountNonce() {
    f.state.nonce(alice.address(), 7);

    assertThat(f.pool.nextNonce(alice.address())).isEqualTo(7);
    f.remote(alice.dynamic(7, 2, 200));
    assertThat(f.pool.nextNonce(alice.address())).isEqualTo(8);
  }

  @Test
  void removingAPendingTransactionDemotesLaterNonces() {
    Transaction t0 = alice.dynamic(0, 2, 200);
    Transaction t1 = alice.dynamic(1, 2, 200);
    Transaction t2 = alice.dynamic(2, 2, 200);
    f.remote(t0);
    f.remote(t1);
    f.remote(t2);

    assertThat(f.pool.remove(t1.hash())).isTrue();

    assertThat(f.pool.pending().get(alice.address())).containsExactly(t0);
    assertThat(f.pool.queued().get(alice.address())).containsExactly(t2);
    assertThat(f.pool.remove(t1.hash())).isFalse();
  }

  @Test
  void contentListsSenderThenNonce() {
    Transaction t0 = alice.dynamic(0, 2, 200);
    Transaction t5 = alice.dynamic(5, 2, 200);
    f.remote(t0);
    f.remote(t5);

    PoolContent content = f.pool.content();

    assertThat(content.pending().get(alice.address())).containsEntry(0L, t0).hasSize(1);
    assertThat(content.queued().get(alice.address())).containsEntry(5L, t5).hasSize(1);
  }

  @Test
  void newHeadDropsIncludedAndStaleTransactionsAndPromotesTheRest() {
    Transaction t0 = alice.dynamic(0, 2, 200);
    Transaction t1 = alice.dynamic(1, 2, 200);
    Transaction t3 = alice.dynamic(3, 2, 200);
    f.remote(t0);
    f.remote(t1);
    f.remote(t3);
    f.events.log.clear();

    // The block included t0 and some other nonce-1 and nonce-2 transactions sent elsewhere.
    f.state.nonce(alice.address(), 3);
    f.pool.onNewHead(PoolFixture.head().next(Wei.of(100)), List.of(t0));

    assertThat(f.pool.contains(t0.hash())).isFalse();
    assertThat(f.pool.contains(t1.hash())).isFalse();
    assertThat(f.pool.pending().get(alice.address())).containsExactly(t3);
    assertThat(f.pool.status()).isEqualTo(new PoolStatus(1, 0));
    assertThat(f.events.log).containsExactly("removed 0 INCLUDED", "removed 1 NONCE_STALE", "promoted 3");
  }

  @Test
  void newHeadDemotesTransactionsTheSenderCanNoLongerAfford() {
    Transaction t0 = alice.dynamic(0, 2, 200);
    Transaction t1 = alice.dynamic(1, 2, 10_000);
    Transaction t2 = alice.dynamic(2, 2, 200);
    f.remote(t0);
    f.remote(t1);
    f.remote(t2);

    // t1 costs 21000 * 10000 + 1; the balance now covers t0 and t2 but not t1.
    f.state.fund(alice.address(), Wei.of(5_000_000));
    f.pool.onNewHead(PoolFixture.head().next(Wei.of(100)), List.of());

    assertThat(f.pool.pending().get(alice.address())).containsExactly(t0);
    assertThat(f.pool.queued().get(alice.address())).containsExactly(t1, t2);

    // Funds return: everything is executable again.
    f.state.fund(alice.address(), PoolFixture.ETHER);
    f.pool.onNewHead(PoolFixture.head().next(Wei.of(100)), List.of());
    assertThat(f.pool.pending().get(alice.address())).containsExactly(t0, t1, t2);
  }

  @Test
  void expiresRemoteQueuedTransactionsAfterTheirLifetime() {
    Signer bob = f.funded(1);
    Transaction queued = alice.dynamic(4, 2, 200);
    Transaction pending = alice.dynamic(0, 2, 200);
    Transaction local = bob.dynamic(4, 2, 200);
    f.remote(queued);
    f.remote(pending);
    f.pool.add(local, Origin.LOCAL);

    f.clock.advance(java.time.Duration.ofHours(3));
    f.pool.evictExpired();
    assertThat(f.pool.contains(queued.hash())).isTrue();

    f.clock.advance(java.time.Duration.ofSeconds(1));
    f.pool.evictExpired();
    assertThat(f.pool.contains(queued.hash())).isFalse();
    assertThat(f.pool.contains(pending.hash())).isTrue();
    assertThat(f.pool.contains(local.hash())).isTrue();
    assertThat(f.events.log).endsWith("removed 4 EXPIRED");
  }
}
