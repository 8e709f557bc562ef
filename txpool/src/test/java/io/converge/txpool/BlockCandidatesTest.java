package io.converge.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Wei;
import io.converge.types.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Block candidates: best tip first across senders, nonce order within each. */
class BlockCandidatesTest {
  private final PoolFixture f = new PoolFixture();

  private static List<Transaction> drain(BlockCandidates candidates) {
    List<Transaction> out = new ArrayList<>();
    candidates.forEachRemaining(c -> out.add(c.tx()));
    return out;
  }

  @Test
  void mergesSendersByTipKeepingEachSendersNonceOrder() {
    Signer a = f.funded(0);
    Signer b = f.funded(1);
    Transaction a0 = a.dynamic(0, 5, 1_000);
    Transaction a1 = a.dynamic(1, 50, 1_000);
    Transaction b0 = b.dynamic(0, 20, 1_000);
    Transaction b1 = b.dynamic(1, 10, 1_000);
    for (Transaction tx : List.of(a1, a0, b0, b1)) {
      f.remote(tx);
    }

    // b0 (20) beats a0 (5); then b1 (10) still beats a0; a1 (50) must wait for a0.
    assertThat(drain(f.pool.candidates())).containsExactly(b0, b1, a0, a1);
  }

  @Test
  void breaksTipTiesByArrival() {
    Transaction first = f.funded(5).dynamic(0, 10, 1_000);
    Transaction second = f.funded(2).dynamic(0, 10, 1_000);
    f.remote(first);
    f.remote(second);

    assertThat(drain(f.pool.candidates())).containsExactly(first, second);
  }

  @Test
  void reordersWhenTheBaseFeeChanges() {
    // At base fee 100: A tips min(50, 200-100) = 50, B tips 30 -> A first.
    // At base fee 180: A tips min(50, 20) = 20, B still 30 -> B first.
    Transaction a = f.funded(0).dynamic(0, 50, 200);
    Transaction b = f.funded(1).dynamic(0, 30, 10_000);
    f.remote(a);
    f.remote(b);
    assertThat(drain(f.pool.candidates())).containsExactly(a, b);

    f.pool.onNewHead(PoolFixture.head().next(Wei.of(180)), List.of());

    BlockCandidates candidates = f.pool.candidates();
    BlockCandidates.Candidate best = candidates.next();
    assertThat(best.tx()).isEqualTo(b);
    assertThat(best.effectiveTip()).isEqualTo(Wei.of(30));
    assertThat(candidates.next().effectiveTip()).isEqualTo(Wei.of(20));
  }

  @Test
  void skipsSendersWhoseNextTransactionCannotPayTheBaseFee() {
    Signer a = f.funded(0);
    Transaction a0 = a.dynamic(0, 50, 200);
    Transaction a1 = a.dynamic(1, 50, 100_000);
    Transaction b0 = f.funded(1).dynamic(0, 1, 10_000);
    f.remote(a0);
    f.remote(a1);
    f.remote(b0);

    f.pool.onNewHead(PoolFixture.head().next(Wei.of(201)), List.of());

    // a0 stays pending (Geth keeps it) but cannot be mined at 201, and a1 cannot come before it.
    assertThat(f.pool.pending().get(a.address())).containsExactly(a0, a1);
    assertThat(drain(f.pool.candidates())).containsExactly(b0);
  }

  @Test
  void skipsTheRestOfAFailedSender() {
    Signer a = f.funded(0);
    Transaction a0 = a.dynamic(0, 50, 1_000);
    Transaction a1 = a.dynamic(1, 50, 1_000);
    Transaction b0 = f.funded(1).dynamic(0, 10, 1_000);
    f.remote(a0);
    f.remote(a1);
    f.remote(b0);

    BlockCandidates candidates = f.pool.candidates();
    BlockCandidates.Candidate first = candidates.next();
    assertThat(first.tx()).isEqualTo(a0);
    candidates.markFailed(first.sender());

    assertThat(drain(candidates)).containsExactly(b0);
  }

  @Test
  void leavesOutQueuedTransactions() {
    Signer a = f.funded(0);
    Transaction a0 = a.dynamic(0, 1, 1_000);
    f.remote(a0);
    f.remote(a.dynamic(2, 100, 1_000));

    assertThat(drain(f.pool.candidates())).containsExactly(a0);
  }

  @Test
  void ordersLegacyTransactionsByGasPriceAboveTheBaseFee() {
    Transaction legacy = f.funded(0).legacy(0, 130); // tips 30
    Transaction dynamic = f.funded(1).dynamic(0, 40, 1_000);
    f.remote(legacy);
    f.remote(dynamic);

    assertThat(drain(f.pool.candidates())).containsExactly(dynamic, legacy);
  }

  @Test
  void skipsBlobTransactionsBelowTheBlobBaseFee() {
    Transaction blob = f.funded(0).blob(0, 100, 1_000, 5);
    Transaction plain = f.funded(1).dynamic(0, 1, 1_000);
    f.remote(blob);
    f.remote(plain);
    assertThat(drain(f.pool.candidates())).containsExactly(blob, plain);

    f.pool.onNewHead(new HeadInfo(2, Wei.of(100), Wei.of(6), 30_000_000, io.converge.types.Fork.CANCUN,
        Signer.CHAIN), List.of());

    assertThat(drain(f.pool.candidates())).containsExactly(plain);
  }
}
