package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pool's bookkeeping: every entry by hash and by sender, the pending and queued totals, and the membership events
 * each change produces. Not thread-safe: {@link TransactionPool} holds its lock around every call.
 */
final class Ledger {
  private final Map<Hash, PoolEntry> byHash = new HashMap<>();
  // Sorted by address so that iteration, and with it eviction and content(), is deterministic.
  private final TreeMap<Address, AccountTransactions> accounts = new TreeMap<>();
  private final Function<Address, AccountState> states;
  private final List<PoolEvent> events = new ArrayList<>();
  private int pending;
  private int queued;

  Ledger(Function<Address, AccountState> states) {
    this.states = Objects.requireNonNull(states, "states");
  }

  PoolEntry get(Hash hash) {
    return byHash.get(hash);
  }

  boolean contains(Hash hash) {
    return byHash.containsKey(hash);
  }

  AccountTransactions account(Address sender) {
    return accounts.get(sender);
  }

  Collection<AccountTransactions> accounts() {
    return accounts.values();
  }

  int size() {
    return byHash.size();
  }

  int pendingCount() {
    return pending;
  }

  int queuedCount() {
    return queued;
  }

  /** Adds a new entry (no entry may hold its nonce) and recounts its sender. Returns the entry's slot. */
  Slot insert(PoolEntry entry) {
    AccountTransactions account = accounts.computeIfAbsent(entry.sender(),
        s -> new AccountTransactions(s, states.apply(s).nonce()));
    if (account.get(entry.nonce()) != null) {
      throw new IllegalStateException("nonce " + entry.nonce() + " of " + entry.sender() + " is taken");
    }
    return place(account, entry, null);
  }

  /** Puts {@code replacement} where {@code old} was and recounts. Returns the replacement's slot. */
  Slot replace(PoolEntry old, PoolEntry replacement) {
    AccountTransactions account = accounts.get(old.sender());
    if (account == null || account.get(old.nonce()) != old) {
      throw new IllegalStateException("not pooled: " + old.hash());
    }
    return place(account, replacement, old);
  }

  private Slot place(AccountTransactions account, PoolEntry entry, PoolEntry old) {
    Set<Hash> pendingBefore = pendingHashes(account);
    subtract(account);
    account.put(entry);
    byHash.put(entry.hash(), entry);
    if (old != null) {
      byHash.remove(old.hash());
      events.add(new PoolEvent.Removed(old, RemovalReason.REPLACED));
    }
    List<PoolEntry> stale = account.recount(states.apply(account.sender()));
    Slot slot = account.slotOf(entry.nonce());
    events.add(new PoolEvent.Added(entry, slot));
    finish(account, stale, pendingBefore, entry);
    return slot;
  }

  /** Removes {@code entry} and recounts its sender, which may demote the sender's later nonces. */
  void remove(PoolEntry entry, RemovalReason reason) {
    AccountTransactions account = accounts.get(entry.sender());
    if (account == null || account.get(entry.nonce()) != entry) {
      return;
    }
    Set<Hash> pendingBefore = pendingHashes(account);
    subtract(account);
    account.remove(entry.nonce());
    byHash.remove(entry.hash());
    events.add(new PoolEvent.Removed(entry, reason));
    finish(account, account.recount(states.apply(account.sender())), pendingBefore, null);
  }

  /** Re-reads the sender's state: drops passed nonces, demotes what it can no longer pay for, promotes the rest. */
  void refresh(Address sender) {
    AccountTransactions account = accounts.get(sender);
    if (account == null) {
      return;
    }
    Set<Hash> pendingBefore = pendingHashes(account);
    subtract(account);
    finish(account, account.recount(states.apply(sender)), pendingBefore, null);
  }

  /** Hands over the events collected since the last call. */
  List<PoolEvent> drainEvents() {
    List<PoolEvent> out = List.copyOf(events);
    events.clear();
    return out;
  }

  private static Set<Hash> pendingHashes(AccountTransactions account) {
    Set<Hash> out = new HashSet<>();
    for (PoolEntry e : account.pending()) {
      out.add(e.hash());
    }
    return out;
  }

  private void subtract(AccountTransactions account) {
    pending -= account.pendingCount();
    queued -= account.queuedCount();
  }

  private void finish(AccountTransactions account, List<PoolEntry> stale, Set<Hash> pendingBefore,
      PoolEntry added) {
    for (PoolEntry e : stale) {
      byHash.remove(e.hash());
      events.add(new PoolEvent.Removed(e, RemovalReason.NONCE_STALE));
    }
    for (PoolEntry e : account.pending()) {
      if (e != added && !pendingBefore.contains(e.hash())) {
        events.add(new PoolEvent.Promoted(e));
      }
    }
    pending += account.pendingCount();
    queued += account.queuedCount();
    if (account.isEmpty()) {
      accounts.remove(account.sender());
    }
  }
}
