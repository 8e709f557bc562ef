package io.converge.txpool;

import io.converge.txpool.admission.AdmissionPolicy;
import io.converge.txpool.admission.PriorityAdjuster;
import io.converge.txpool.admission.VerdictListener;
import io.converge.types.Address;
import io.converge.types.Fork;
import io.converge.types.Wei;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A pool over in-memory state and a hand-moved clock, with a listener that records every event. */
final class PoolFixture {
  static final long BASE_FEE = 100;
  static final Wei ETHER = new Wei(BigInteger.TEN.pow(18));

  final InMemoryState state = new InMemoryState();
  final TestClock clock = new TestClock();
  final Recorder events = new Recorder();
  final TransactionPool pool;

  PoolFixture() {
    this(PoolConfig.DEFAULT);
  }

  PoolFixture(PoolConfig config) {
    this(config, List.of(AdmissionPolicy.admitAll()), VerdictListener.NONE, PriorityAdjuster.NONE);
  }

  PoolFixture(PoolConfig config, List<AdmissionPolicy> policies, VerdictListener verdicts,
      PriorityAdjuster adjuster) {
    pool = new TransactionPool(config, state, head(), clock, policies, verdicts, adjuster);
    pool.addListener(events);
  }

  static HeadInfo head() {
    return new HeadInfo(1, Wei.of(BASE_FEE), Wei.of(1), 30_000_000, Fork.CANCUN, Signer.CHAIN);
  }

  /** Signer {@code n} with one ether. */
  Signer funded(int n) {
    Signer s = Signer.number(n);
    state.fund(s.address(), ETHER);
    return s;
  }

  AdmissionResult remote(Transaction tx) {
    return pool.add(tx, Origin.REMOTE);
  }

  /** Records listener calls as short strings, in order. */
  static final class Recorder implements PoolListener {
    final List<String> log = new ArrayList<>();

    @Override
    public void onAdded(Transaction tx, Address sender, Slot slot) {
      log.add("added " + tx.nonce() + " " + slot);
    }

    @Override
    public void onPromoted(Transaction tx, Address sender) {
      log.add("promoted " + tx.nonce());
    }

    @Override
    public void onRemoved(Transaction tx, Address sender, RemovalReason reason) {
      log.add("removed " + tx.nonce() + " " + reason);
    }
  }
}
