package io.converge.ai.feature;

import io.converge.ai.data.Transfer;
import io.converge.types.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The incremental transaction graph. {@link #features} reads the state as it was before a transfer; {@link #observe}
 * then adds the transfer. Keeping the two apart is what makes every feature causal: a transfer never sees itself or
 * anything after it.
 *
 * <p>Not thread-safe: the scorer serialises access. Memory is bounded by {@link GraphConfig#retentionDays()}: edges older
 * than the feature window are dropped as accounts are touched, and idle pairs and accounts are swept periodically.
 */
public final class TransactionGraph {
  static final long DAY = 86_400L;
  private static final int SWEEP_EVERY = 8_192;

  final GraphConfig config;
  final Map<Address, AccountState> accounts = new HashMap<>();
  final List<AccountState> byId = new ArrayList<>();
  final Map<Long, PairState> pairs = new HashMap<>();
  private final List<Integer> freeIds = new ArrayList<>();
  private long observed;
  long now = Long.MIN_VALUE;

  public TransactionGraph(GraphConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public GraphConfig config() {
    return config;
  }

  /** Features of {@code t} against the state before it. Does not change the graph. */
  public double[] features(Transfer t) {
    return new GraphFeatures(this).compute(t);
  }

  /** Adds a transfer. Transfers must arrive in time order; a late one is treated as happening now. */
  public void observe(Transfer t) {
    long ts = Math.max(t.epochSecond(), now == Long.MIN_VALUE ? t.epochSecond() : now);
    now = ts;
    AccountState a = account(t.from(), ts);
    AccountState b = account(t.to(), ts);
    long horizon = ts - config.freshDays() * DAY;
    a.prune(horizon);
    b.prune(horizon);
    PairState p = pairs.computeIfAbsent(key(a.id, b.id), k -> new PairState(ts));
    boolean fresh = p.first >= horizon;
    p.add(ts);
    a.out.addLast(new AccountState.Edge(ts, b.id, t.amount()));
    b.in.addLast(new AccountState.Edge(ts, a.id, t.amount()));
    a.lastSeen = ts;
    b.lastSeen = ts;
    propagateHeat(a, b, fresh, ts);
    if (++observed % SWEEP_EVERY == 0) {
      sweep(ts);
    }
  }

  /**
   * Raises an account's suspicion from outside the graph (a sanctions hit, a reviewer's confirmed case). It decays and
   * spreads to counterparties like layering-driven suspicion does.
   */
  public void flag(Address account, double weight, java.time.Instant at) {
    long ts = at.getEpochSecond();
    AccountState s = account(account, ts);
    s.setHeat(s.heatAt(ts, halfLife()) + weight, ts);
  }

  public int accountCount() {
    return accounts.size();
  }

  public int pairCount() {
    return pairs.size();
  }

  public long observedCount() {
    return observed;
  }

  // Suspicion grows with activity over new relationships and half of it flows along each transfer, so the members of a
  // layering group warm each other up while long-standing relationships stay cold.
  private void propagateHeat(AccountState a, AccountState b, boolean fresh, long ts) {
    double hl = halfLife();
    double ha = a.heatAt(ts, hl);
    double hb = b.heatAt(ts, hl);
    double bump = fresh ? 1.0 : 0.0;
    a.setHeat(Math.max(ha, 0.5 * hb) + bump, ts);
    b.setHeat(Math.max(hb, 0.5 * ha) + bump, ts);
  }

  double halfLife() {
    return config.heatHalfLifeDays() * DAY;
  }

  AccountState find(Address address) {
    return accounts.get(address);
  }

  AccountState byId(int id) {
    return id < byId.size() ? byId.get(id) : null;
  }

  PairState pair(int from, int to) {
    return pairs.get(key(from, to));
  }

  static long key(int from, int to) {
    return ((long) from << 32) | (to & 0xffffffffL);
  }

  AccountState account(Address address, long ts) {
    AccountState s = accounts.get(address);
    if (s == null) {
      int id;
      if (freeIds.isEmpty()) {
        id = byId.size();
        byId.add(null);
      } else {
        id = freeIds.remove(freeIds.size() - 1);
      }
      s = new AccountState(id, address, ts);
      byId.set(id, s);
      accounts.put(address, s);
    }
    return s;
  }

  /** Restores one account from a snapshot (ids are reassigned densely by the reader). */
  AccountState restore(Address address, long firstSeen) {
    AccountState s = new AccountState(byId.size(), address, firstSeen);
    byId.add(s);
    accounts.put(address, s);
    return s;
  }

  void restoreClock(long now, long observed) {
    this.now = now;
    this.observed = observed;
  }

  private void sweep(long ts) {
    long retention = ts - config.retentionDays() * DAY;
    long horizon = ts - config.freshDays() * DAY;
    pairs.values().removeIf(p -> p.last < retention);
    Iterator<AccountState> it = accounts.values().iterator();
    while (it.hasNext()) {
      AccountState s = it.next();
      s.prune(horizon);
      if (s.lastSeen < retention && s.in.isEmpty() && s.out.isEmpty()) {
        it.remove();
        byId.set(s.id, null);
        // Its pairs were idle at least as long, so the pair sweep above already dropped them.
        freeIds.add(s.id);
      }
    }
  }
}
