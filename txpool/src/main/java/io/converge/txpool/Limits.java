package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The pool's size limits and whom they evict. Only remote transactions are evicted, and only from the end of a
 * sender's nonce sequence, so that eviction never opens a gap in front of a transaction that stays. Victims are
 * chosen by a scan over senders rather than from a maintained price heap: the pool holds a few thousand transactions,
 * and a scan prices them at the current base fee, which a heap built under an older base fee would not.
 */
final class Limits {
  private final PoolConfig config;
  private final Ledger ledger;
  private final Pricing pricing;

  Limits(PoolConfig config, Ledger ledger, Pricing pricing) {
    this.config = Objects.requireNonNull(config, "config");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.pricing = Objects.requireNonNull(pricing, "pricing");
  }

  /** Whether a new transaction fits, and what must go to make it fit. */
  sealed interface Room {
    record Free() implements Room {}

    record Evict(PoolEntry victim) implements Room {}

    record Full() implements Room {}
  }

  /**
   * Room for a new (non-replacing) transaction that would land in {@code slot}. A remote transaction may only evict
   * one that pays strictly less; a local one may evict any remote one.
   */
  Room roomFor(Slot slot, Address sender, BigInteger priority, Origin origin, Wei baseFee) {
    Optional<PoolEntry> victim;
    if (ledger.size() >= config.capacity()) {
      victim = cheapest(baseFee, a -> a.sender().equals(sender) ? null : a.last());
    } else if (slot == Slot.QUEUED && ledger.queuedCount() >= config.globalQueue()) {
      victim = cheapest(baseFee, a -> a.sender().equals(sender) ? null : a.lastQueued());
    } else if (slot == Slot.PENDING && ledger.pendingCount() >= config.globalSlots()) {
      // Accounts within their guaranteed slots are never trimmed: if none is above, pending may grow.
      victim = cheapest(baseFee, a -> a.sender().equals(sender) || a.pendingCount() <= config.accountSlots()
          ? null : a.lastPending());
      if (victim.isEmpty()) {
        return new Room.Free();
      }
    } else {
      return new Room.Free();
    }
    if (victim.isEmpty()) {
      return new Room.Full();
    }
    if (origin == Origin.REMOTE && priority.compareTo(priorityOf(victim.get(), baseFee)) <= 0) {
      return new Room.Full(); // never evict to admit a cheaper (or equal) transaction
    }
    return new Room.Evict(victim.get());
  }

  /**
   * Brings the pool back within its limits after promotions and demotions: per-account queue, then pending (trimming
   * the accounts with most pending beyond their guaranteed slots, as Geth's {@code truncatePending}), then the global
   * queue and the total capacity (cheapest first).
   */
  void enforce(Wei baseFee) {
    for (AccountTransactions account : ledger.accounts().stream().toList()) {
      while (account.queuedCount() > config.accountQueue() && !account.lastQueued().isLocal()) {
        ledger.remove(account.lastQueued(), RemovalReason.EVICTED);
      }
    }
    while (ledger.pendingCount() > config.globalSlots()) {
      Optional<AccountTransactions> fattest = ledger.accounts().stream()
          .filter(a -> a.pendingCount() > config.accountSlots() && !a.lastPending().isLocal())
          .max(Comparator.comparingInt(AccountTransactions::pendingCount));
      if (fattest.isEmpty()) {
        break;
      }
      ledger.remove(fattest.get().lastPending(), RemovalReason.EVICTED);
    }
    trim(baseFee, () -> ledger.queuedCount() > config.globalQueue(), AccountTransactions::lastQueued);
    trim(baseFee, () -> ledger.size() > config.capacity(), AccountTransactions::last);
  }

  private void trim(Wei baseFee, BooleanSupplier over,
      Function<AccountTransactions, PoolEntry> tail) {
    while (over.getAsBoolean()) {
      Optional<PoolEntry> victim = cheapest(baseFee, tail);
      if (victim.isEmpty()) {
        return;
      }
      ledger.remove(victim.get(), RemovalReason.EVICTED);
    }
  }

  /** The cheapest remote entry among each account's candidate (null for none); newer first among equals. */
  private Optional<PoolEntry> cheapest(Wei baseFee, Function<AccountTransactions, PoolEntry> candidate) {
    PoolEntry best = null;
    BigInteger bestPriority = null;
    for (AccountTransactions account : ledger.accounts()) {
      PoolEntry e = candidate.apply(account);
      if (e == null || e.isLocal()) {
        continue;
      }
      BigInteger p = priorityOf(e, baseFee);
      int c = bestPriority == null ? -1 : p.compareTo(bestPriority);
      if (c < 0 || (c == 0 && e.sequence() > best.sequence())) {
        best = e;
        bestPriority = p;
      }
    }
    return Optional.ofNullable(best);
  }

  private BigInteger priorityOf(PoolEntry e, Wei baseFee) {
    return pricing.priority(e.tx(), e.sender(), baseFee);
  }
}
