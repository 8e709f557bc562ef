package io.converge.txpool;

import io.converge.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One sender's transactions by nonce. The pending ones are the run that starts at the account's on-chain nonce,
 * without a gap, each affordable on its own (as Geth's {@code list.Filter}); everything after the run is queued.
 * Keeping both sets in one map makes "every transaction in exactly one set" true by construction.
 */
final class AccountTransactions {
  private final Address sender;
  private final NavigableMap<Long, PoolEntry> byNonce = new TreeMap<>(Long::compareUnsigned);
  private long stateNonce;
  private int pendingCount;
  private int blobCount;
  private BigInteger spent = BigInteger.ZERO;

  AccountTransactions(Address sender, long stateNonce) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.stateNonce = stateNonce;
  }

  Address sender() {
    return sender;
  }

  PoolEntry get(long nonce) {
    return byNonce.get(nonce);
  }

  /** Puts {@code entry} at its nonce and returns the entry it displaced, or null. Call {@link #recount} after. */
  PoolEntry put(PoolEntry entry) {
    PoolEntry previous = byNonce.put(entry.nonce(), entry);
    if (previous != null) {
      forget(previous);
    }
    spent = spent.add(entry.cost());
    blobCount += entry.isBlob() ? 1 : 0;
    return previous;
  }

  /** Removes the entry at {@code nonce}, if any. Call {@link #recount} after. */
  PoolEntry remove(long nonce) {
    PoolEntry removed = byNonce.remove(nonce);
    if (removed != null) {
      forget(removed);
    }
    return removed;
  }

  private void forget(PoolEntry e) {
    spent = spent.subtract(e.cost());
    blobCount -= e.isBlob() ? 1 : 0;
  }

  /**
   * Drops entries whose nonce the chain has passed and recomputes the pending run against {@code state}. Returns
   * the dropped entries.
   */
  List<PoolEntry> recount(AccountState state) {
    List<PoolEntry> stale = new ArrayList<>();
    var below = byNonce.headMap(state.nonce(), false);
    for (PoolEntry e : List.copyOf(below.values())) {
      stale.add(remove(e.nonce()));
    }
    stateNonce = state.nonce();
    int run = 0;
    long expected = stateNonce;
    for (Map.Entry<Long, PoolEntry> e : byNonce.entrySet()) {
      if (e.getKey() != expected || !state.affords(e.getValue())) {
        break;
      }
      run++;
      expected++;
    }
    pendingCount = run;
    return stale;
  }

  Slot slotOf(long nonce) {
    boolean inRun = pendingCount > 0 && Long.compareUnsigned(nonce, stateNonce) >= 0
        && Long.compareUnsigned(nonce - stateNonce, pendingCount) < 0;
    return inRun ? Slot.PENDING : Slot.QUEUED;
  }

  /** The nonce that would extend the pending run: what {@code eth_getTransactionCount(..., "pending")} returns. */
  long nextNonce() {
    return stateNonce + pendingCount;
  }

  List<PoolEntry> pending() {
    return byNonce.values().stream().limit(pendingCount).toList();
  }

  List<PoolEntry> queued() {
    return byNonce.values().stream().skip(pendingCount).toList();
  }

  List<PoolEntry> all() {
    return List.copyOf(byNonce.values());
  }

  /** The highest-nonce entry: removing it never opens a gap. Null when empty. */
  PoolEntry last() {
    var last = byNonce.lastEntry();
    return last == null ? null : last.getValue();
  }

  /** The highest-nonce pending entry, or null. */
  PoolEntry lastPending() {
    return pendingCount == 0 ? null : byNonce.get(stateNonce + pendingCount - 1);
  }

  /** The highest-nonce entry if it is queued, or null. */
  PoolEntry lastQueued() {
    return queuedCount() == 0 ? null : last();
  }

  int size() {
    return byNonce.size();
  }

  boolean isEmpty() {
    return byNonce.isEmpty();
  }

  int pendingCount() {
    return pendingCount;
  }

  int queuedCount() {
    return byNonce.size() - pendingCount;
  }

  int blobCount() {
    return blobCount;
  }

  /** The sum of the costs of every pooled transaction of this sender, for Geth's overdraft check. */
  BigInteger spent() {
    return spent;
  }
}
