package io.converge.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.transaction.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the pool is full, the cheapest remote transaction goes, and only for a better-paying one. */
class EvictionTest {
  // 2 pending slots per account, 4 pending and 2 queued globally: capacity 6.
  private final PoolFixture f = new PoolFixture(PoolConfig.DEFAULT.withSlots(2, 4, 2, 2));

  private void fill() {
    for (int i = 0; i < 6; i++) {
      assertThat(f.remote(f.funded(i).dynamic(0, 10 + i, 1_000)).isAccepted()).isTrue();
    }
    assertThat(f.pool.status()).isEqualTo(new PoolStatus(6, 0));
  }

  @Test
  void evictsTheCheapestRemoteTransactionForABetterPayingOne() {
    fill();
    Transaction cheapest = f.pool.pending().get(Signer.number(0).address()).get(0);
    Transaction better = f.funded(10).dynamic(0, 50, 1_000);

    assertThat(f.remote(better)).isInstanceOf(AdmissionResult.Added.class);

    assertThat(f.pool.contains(cheapest.hash())).isFalse();
    assertThat(f.pool.status().total()).isEqualTo(6);
    assertThat(f.events.log).endsWith("removed 0 EVICTED", "added 0 PENDING");
  }

  @Test
  void evictsInOrderOfIncreasingTip() {
    fill();
    for (int i = 0; i < 3; i++) {
      f.remote(f.funded(20 + i).dynamic(0, 100 + i, 1_000));
    }

    // Tips 10, 11, 12 went; 13, 14, 15 and the three newcomers stay.
    for (int i = 0; i < 3; i++) {
      assertThat(f.pool.pending()).doesNotContainKey(Signer.number(i).address());
    }
    for (int i = 3; i < 6; i++) {
      assertThat(f.pool.pending()).containsKey(Signer.number(i).address());
    }
  }

  @Test
  void rejectsTransactionNoBetterThanTheCheapestWithPoolFull() {
    fill();

    AdmissionResult result = f.remote(f.funded(10).dynamic(0, 10, 1_000));

    assertThat(((AdmissionResult.Rejected) result).message()).isEqualTo("txpool is full");
    assertThat(f.pool.status().total()).isEqualTo(6);
  }

  @Test
  void neverEvictsLocalTransactions() {
    for (int i = 0; i < 6; i++) {
      f.pool.add(f.funded(i).dynamic(0, 10, 1_000), Origin.LOCAL);
    }

    AdmissionResult result = f.remote(f.funded(10).dynamic(0, 500, 1_000));

    assertThat(((AdmissionResult.Rejected) result).reason()).isInstanceOf(Rejection.PoolFull.class);
  }

  @Test
  void localTransactionMayEvictACheaperRemoteOne() {
    fill();

    assertThat(f.pool.add(f.funded(10).dynamic(0, 1, 1_000), Origin.LOCAL).isAccepted()).isTrue();
    assertThat(f.pool.pending()).doesNotContainKey(Signer.number(0).address());
  }

  @Test
  void evictsFromTheEndOfASendersNoncesSoNoGapOpens() {
    Signer rich = f.funded(0);
    f.remote(rich.dynamic(0, 10, 1_000));
    f.remote(rich.dynamic(1, 10, 1_000));
    for (int i = 1; i < 5; i++) {
      f.remote(f.funded(i).dynamic(0, 20, 1_000));
    }

    f.remote(f.funded(9).dynamic(0, 30, 1_000));

    assertThat(f.pool.pending().get(rich.address())).extracting(Transaction::nonce).containsExactly(0L);
  }

  @Test
  void fullQueueEvictsTheCheapestQueuedTransaction() {
    Signer a = f.funded(0);
    Signer b = f.funded(1);
    Transaction cheapQueued = a.dynamic(5, 10, 1_000);
    f.remote(cheapQueued);
    f.remote(b.dynamic(5, 20, 1_000));

    assertThat(f.remote(f.funded(2).dynamic(5, 5, 1_000)).isAccepted()).isFalse();
    assertThat(f.remote(f.funded(3).dynamic(5, 30, 1_000)).isAccepted()).isTrue();

    assertThat(f.pool.contains(cheapQueued.hash())).isFalse();
    assertThat(f.pool.status()).isEqualTo(new PoolStatus(0, 2));
  }

  @Test
  void senderAtItsPendingShareWaitsWhenPendingIsFull() {
    Signer a = f.funded(0);
    Signer b = f.funded(1);
    f.remote(a.dynamic(0, 10, 1_000));
    f.remote(a.dynamic(1, 10, 1_000));
    f.remote(b.dynamic(0, 10, 1_000));
    f.remote(b.dynamic(1, 10, 1_000));

    AdmissionResult result = f.remote(a.dynamic(2, 10, 1_000));

    assertThat(((AdmissionResult.Rejected) result).reason()).isEqualTo(new Rejection.AccountLimitExceeded(2, 2));
  }

  @Test
  void trimsAccountsAboveTheirShareWhenPromotionsOverfillPending() {
    Signer a = f.funded(0);
    // Queued behind a gap: 1 and 2 (account queue 2).
    f.remote(a.dynamic(1, 10, 1_000));
    f.remote(a.dynamic(2, 10, 1_000));
    Signer b = f.funded(1);
    f.remote(b.dynamic(0, 10, 1_000));
    f.remote(b.dynamic(1, 10, 1_000));
    f.remote(f.funded(2).dynamic(0, 10, 1_000));
    // Closing a's gap promotes 1 and 2: pending would be 6 > 4 and a holds 3 > 2.
    f.remote(a.dynamic(0, 10, 1_000));

    // a is cut back to its share from its highest nonce; the others keep their guaranteed slots, so pending stays
    // above the global limit as in Geth's truncatePending.
    assertThat(f.pool.pending().get(a.address())).extracting(Transaction::nonce).containsExactly(0L, 1L);
    assertThat(f.pool.status()).isEqualTo(new PoolStatus(5, 0));
    assertThat(f.events.log).endsWith("removed 2 EVICTED");
  }

  @Test
  void newHeadReordersEvictionByTheNewBaseFee() {
    // At base fee 100: A tips min(50, 200-100) = 50, B tips min(30, 10000-100) = 30 -> B is cheaper.
    // At base fee 190: A tips 10, B tips 30 -> A is cheaper.
    PoolFixture g = new PoolFixture(PoolConfig.DEFAULT.withSlots(1, 1, 1, 1));
    Transaction a = g.funded(0).dynamic(0, 50, 200);
    Transaction b = g.funded(1).dynamic(0, 30, 10_000);
    g.remote(a);
    g.remote(b);
    g.pool.onNewHead(PoolFixture.head().next(io.converge.types.Wei.of(190)), List.of());

    g.remote(g.funded(2).dynamic(0, 20, 10_000));

    assertThat(g.pool.contains(a.hash())).isFalse();
    assertThat(g.pool.contains(b.hash())).isTrue();
  }
}
