package io.converge.txpool.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.txpool.AdmissionResult;
import io.converge.txpool.BlockCandidates;
import io.converge.txpool.HeadInfo;
import io.converge.txpool.Origin;
import io.converge.txpool.PoolConfig;
import io.converge.txpool.PoolStateView;
import io.converge.txpool.Rejection;
import io.converge.txpool.TransactionPool;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AdmissionPolicy port as a caller of the public API sees it: verdicts, their order, audit and ordering. */
class AdmissionPolicyTest {
  private static final ChainId CHAIN = ChainId.of(1337);
  private static final Address TO = Address.fromHex("0x3535353535353535353535353535353535353535");
  private static final HeadInfo HEAD = new HeadInfo(1, Wei.of(100), Wei.of(1), 30_000_000, Fork.CANCUN, CHAIN);
  /** Every account holds one ether at nonce 0. */
  private static final PoolStateView RICH_WORLD = new PoolStateView() {
    @Override
    public long nonce(Address account) {
      return 0;
    }

    @Override
    public Wei balance(Address account) {
      return new Wei(BigInteger.TEN.pow(18));
    }
  };

  private final List<String> audit = new ArrayList<>();
  private final VerdictListener auditLog =
      (tx, sender, policy, verdict) -> audit.add(policy + ":" + verdict.getClass().getSimpleName());

  private static byte[] key(int n) {
    byte[] k = new byte[32];
    k[31] = (byte) (n + 1);
    return k;
  }

  private static Address address(int n) {
    return Address.fromLow20(Keccak256.hash(Secp256k1.best().publicKey(key(n))));
  }

  private static Transaction tx(int signer, long nonce, long tip) {
    return DynamicFeeTransaction.unsigned(CHAIN, nonce, Wei.of(tip), Wei.of(10_000), 21_000, Optional.of(TO),
        Wei.of(1), Bytes.EMPTY, AccessList.EMPTY).signedWith(key(signer), Secp256k1.best());
  }

  private TransactionPool pool(List<AdmissionPolicy> policies, PriorityAdjuster adjuster) {
    return new TransactionPool(PoolConfig.DEFAULT, RICH_WORLD, HEAD,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), policies, auditLog, adjuster);
  }

  private static AdmissionPolicy named(String name, Verdict verdict) {
    return new AdmissionPolicy() {
      @Override
      public Verdict assess(Transaction tx, Address sender, PoolView view) {
        return verdict;
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  @Test
  void admitsEverythingByDefault() {
    TransactionPool pool = pool(List.of(AdmissionPolicy.admitAll()), PriorityAdjuster.NONE);

    assertThat(pool.add(tx(0, 0, 10), Origin.REMOTE).isAccepted()).isTrue();
    assertThat(audit).containsExactly("admit-all:Admit");
  }

  @Test
  void returnsTheReasonOfARejectingPolicyAsTheErrorMessage() {
    TransactionPool pool = pool(List.of(named("risk", new Verdict.Reject("sender flagged by risk model", 0.97))),
        PriorityAdjuster.NONE);
    Transaction tx = tx(0, 0, 10);

    AdmissionResult result = pool.add(tx, Origin.REMOTE);

    assertThat(result).isEqualTo(new AdmissionResult.Rejected(
        new Rejection.PolicyRejected("risk", "sender flagged by risk model", 0.97)));
    assertThat(((AdmissionResult.Rejected) result).message()).isEqualTo("sender flagged by risk model");
    assertThat(pool.contains(tx.hash())).isFalse();
    assertThat(pool.status().total()).isZero();
  }

  @Test
  void asksPoliciesInOrderAndStopsAtTheFirstRejection() {
    TransactionPool pool = pool(List.of(
        named("first", new Verdict.AdmitWithWarning("new account", 0.4)),
        named("second", new Verdict.Reject("deny-listed recipient", 1.0)),
        named("third", Verdict.ADMIT)), PriorityAdjuster.NONE);

    AdmissionResult result = pool.add(tx(0, 0, 10), Origin.REMOTE);

    assertThat(((AdmissionResult.Rejected) result).message()).isEqualTo("deny-listed recipient");
    assertThat(audit).containsExactly("first:AdmitWithWarning", "second:Reject");
  }

  @Test
  void passesWarningsToTheCaller() {
    TransactionPool pool = pool(List.of(
        named("first", new Verdict.AdmitWithWarning("new account", 0.4)),
        named("second", Verdict.ADMIT),
        named("third", new Verdict.AdmitWithWarning("unusual value", 0.6))), PriorityAdjuster.NONE);

    AdmissionResult result = pool.add(tx(0, 0, 10), Origin.REMOTE);

    assertThat(((AdmissionResult.Added) result).warnings()).containsExactly("new account", "unusual value");
    assertThat(audit).hasSize(3);
  }

  @Test
  void deferredTransactionStaysOutAndMayBeRetried() {
    List<Verdict> answers = new ArrayList<>(List.of(new Verdict.Defer("scorer warming up"), Verdict.ADMIT));
    AdmissionPolicy flaky = (tx, sender, view) -> answers.remove(0);
    TransactionPool pool = pool(List.of(flaky), PriorityAdjuster.NONE);
    Transaction tx = tx(0, 0, 10);

    AdmissionResult first = pool.add(tx, Origin.REMOTE);

    assertThat(((AdmissionResult.Rejected) first).reason()).isInstanceOf(Rejection.PolicyDeferred.class);
    assertThat(((AdmissionResult.Rejected) first).message()).isEqualTo("scorer warming up");
    assertThat(pool.add(tx, Origin.REMOTE).isAccepted()).isTrue();
  }

  @Test
  void policiesSeeOnlyTransactionsThatPassedTheProtocolRules() {
    List<Hash> seen = new ArrayList<>();
    TransactionPool pool = pool(List.of((tx, sender, view) -> {
      seen.add(tx.hash());
      return Verdict.ADMIT;
    }), PriorityAdjuster.NONE);

    pool.add(tx(0, 0, 20_000), Origin.REMOTE); // tip above fee cap

    assertThat(seen).isEmpty();
  }

  @Test
  void policySeesThePoolThroughItsView() {
    List<Long> nextNonces = new ArrayList<>();
    TransactionPool pool = pool(List.of((tx, sender, view) -> {
      nextNonces.add(view.nextNonce(sender));
      return view.transactionCount(sender) >= 2 ? new Verdict.Reject("too many in flight", 0.5) : Verdict.ADMIT;
    }), PriorityAdjuster.NONE);

    pool.add(tx(0, 0, 10), Origin.REMOTE);
    pool.add(tx(0, 1, 10), Origin.REMOTE);
    AdmissionResult third = pool.add(tx(0, 2, 10), Origin.REMOTE);

    assertThat(nextNonces).containsExactly(0L, 1L, 2L);
    assertThat(((AdmissionResult.Rejected) third).message()).isEqualTo("too many in flight");
  }

  @Test
  void priorityAdjusterLowersOrderingWithoutRejecting() {
    Address demoted = address(0);
    PriorityAdjuster adjuster = (tx, sender, tip) -> sender.equals(demoted) ? Wei.ZERO : tip;
    TransactionPool pool = pool(List.of(AdmissionPolicy.admitAll()), adjuster);
    Transaction rich = tx(0, 0, 500);
    Transaction modest = tx(1, 0, 10);
    pool.add(rich, Origin.REMOTE);
    pool.add(modest, Origin.REMOTE);

    BlockCandidates candidates = pool.candidates();

    assertThat(candidates.next().tx()).isEqualTo(modest);
    BlockCandidates.Candidate last = candidates.next();
    assertThat(last.tx()).isEqualTo(rich);
    assertThat(last.effectiveTip()).isEqualTo(Wei.of(500)); // what it pays is unchanged
  }

  @Test
  void priorityAdjusterCannotRaiseATransactionAboveItsTip() {
    PriorityAdjuster greedy = (tx, sender, tip) -> Wei.of(1_000_000);
    TransactionPool pool = pool(List.of(AdmissionPolicy.admitAll()), greedy);
    Transaction low = tx(0, 0, 5);
    Transaction high = tx(1, 0, 50);
    pool.add(low, Origin.REMOTE);
    pool.add(high, Origin.REMOTE);

    assertThat(pool.candidates().next().tx()).isEqualTo(high);
  }

  @Test
  void verdictsValidateTheirScoreAndReason() {
    assertThatThrownBy(() -> new Verdict.Reject("x", 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Verdict.Reject(" ", 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Verdict.AdmitWithWarning("x", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Verdict.Defer("later").admits()).isFalse();
    assertThat(new Verdict.AdmitWithWarning("hm", 0.2).admits()).isTrue();
  }
}
