package io.converge.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.transaction.Transaction;
import org.junit.jupiter.api.Test;

/** Geth's replacement rule: same sender and nonce, both fee cap and tip raised by at least the price bump. */
class ReplacementTest {
  private final PoolFixture f = new PoolFixture();
  private final Signer alice = f.funded(0);

  @Test
  void acceptsReplacementRaisingBothFeesByExactlyTenPercent() {
    Transaction old = alice.dynamic(0, 1_000, 10_000);
    f.remote(old);
    Transaction replacement = alice.dynamic(0, 1_100, 11_000);

    AdmissionResult result = f.remote(replacement);

    assertThat(result).isEqualTo(new AdmissionResult.Replaced(old.hash(), replacement.hash(), Slot.PENDING,
        java.util.List.of()));
    assertThat(f.pool.contains(old.hash())).isFalse();
    assertThat(f.pool.get(replacement.hash())).contains(replacement);
    assertThat(f.pool.status()).isEqualTo(new PoolStatus(1, 0));
    assertThat(f.events.log).containsExactly("added 0 PENDING", "removed 0 REPLACED", "added 0 PENDING");
  }

  @Test
  void rejectsReplacementRaisingFeesByNinePercent() {
    Transaction old = alice.dynamic(0, 1_000, 10_000);
    f.remote(old);

    AdmissionResult result = f.remote(alice.dynamic(0, 1_090, 10_900));

    assertThat(result).isInstanceOf(AdmissionResult.Rejected.class);
    assertThat(((AdmissionResult.Rejected) result).message()).isEqualTo("replacement transaction underpriced");
    assertThat(f.pool.contains(old.hash())).isTrue();
  }

  @Test
  void rejectsReplacementThatRaisesOnlyTheFeeCap() {
    f.remote(alice.dynamic(0, 1_000, 10_000));

    assertThat(f.remote(alice.dynamic(0, 1_000, 20_000)).isAccepted()).isFalse();
  }

  @Test
  void rejectsReplacementThatRaisesOnlyTheTip() {
    f.remote(alice.dynamic(0, 1_000, 10_000));

    assertThat(f.remote(alice.dynamic(0, 2_000, 10_000)).isAccepted()).isFalse();
  }

  @Test
  void replacesLegacyTransactionByGasPrice() {
    f.remote(alice.legacy(0, 1_000));

    assertThat(f.remote(alice.legacy(0, 1_099)).isAccepted()).isFalse();
    assertThat(f.remote(alice.legacy(0, 1_100))).isInstanceOf(AdmissionResult.Replaced.class);
  }

  @Test
  void replacesQueuedTransactionAndKeepsItQueued() {
    f.remote(alice.dynamic(3, 1_000, 10_000));

    AdmissionResult result = f.remote(alice.dynamic(3, 1_100, 11_000));

    assertThat(((AdmissionResult.Replaced) result).slot()).isEqualTo(Slot.QUEUED);
  }

  @Test
  void neverReplacesBlobTransactionWithNonBlobOne() {
    Transaction blob = alice.blob(0, 1_000, 10_000, 10);
    f.remote(blob);

    AdmissionResult result = f.remote(alice.dynamic(0, 5_000, 50_000));

    assertThat(((AdmissionResult.Rejected) result).reason()).isInstanceOf(Rejection.TypeConflict.class);
    assertThat(((AdmissionResult.Rejected) result).message()).startsWith("address already reserved");
    assertThat(f.pool.contains(blob.hash())).isTrue();
  }

  @Test
  void neverReplacesNonBlobTransactionWithBlobOne() {
    f.remote(alice.dynamic(0, 1_000, 10_000));

    AdmissionResult result = f.remote(alice.blob(0, 5_000, 50_000, 100));

    assertThat(((AdmissionResult.Rejected) result).reason()).isInstanceOf(Rejection.TypeConflict.class);
  }

  @Test
  void replacingBlobTransactionAlsoNeedsTheBlobFeeBump() {
    f.remote(alice.blob(0, 1_000, 10_000, 10));

    assertThat(f.remote(alice.blob(0, 1_100, 11_000, 19)).isAccepted()).isFalse(); // blob bump is 100 %
    assertThat(f.remote(alice.blob(0, 1_100, 11_000, 20))).isInstanceOf(AdmissionResult.Replaced.class);
  }

  @Test
  void bumpRuleRoundsTheThresholdDownAsGethDoes() {
    // 105 * 110 / 100 = 115.5, truncated to 115
    assertThat(Pricing.bumped(io.converge.types.Wei.of(105), io.converge.types.Wei.of(115), 10)).isTrue();
    assertThat(Pricing.bumped(io.converge.types.Wei.of(105), io.converge.types.Wei.of(114), 10)).isFalse();
    // with no bump configured the new fee must still be strictly higher
    assertThat(Pricing.bumped(io.converge.types.Wei.of(105), io.converge.types.Wei.of(105), 0)).isFalse();
  }
}
