package io.converge.txpool;

import io.converge.txpool.admission.AdmissionPolicy;
import io.converge.txpool.admission.PolicyChain;
import io.converge.txpool.admission.PriorityAdjuster;
import io.converge.txpool.admission.VerdictListener;
import io.converge.types.Address;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionDecoder;
import io.converge.types.transaction.TransactionValidator;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction pool: pending and queued transactions by sender and nonce, Geth's admission rules and limits, and
 * the {@link AdmissionPolicy} port where local policy (the AI engine) plugs in.
 *
 * <p><b>Threading:</b> one lock. Every public method takes it, so calls from RPC, gossip and the block producer
 * serialise; each is short (no I/O besides {@link PoolStateView} reads). Admission policies run under the lock.
 * Listeners run after it is released, one event at a time and in the order the changes happened, on whichever
 * changing thread finds no delivery in progress; so a listener may call back into the pool.
 */
public final class TransactionPool {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionPool.class);

  private final PoolConfig config;
  private final PoolStateView state;
  private final Clock clock;
  private final Pricing pricing;
  private final Ledger ledger;
  private final Limits limits;
  private final Admission admission;
  private final ReentrantLock lock = new ReentrantLock();
  private final List<PoolListener> listeners = new CopyOnWriteArrayList<>();
  private final Queue<PoolEvent> outbox = new ConcurrentLinkedQueue<>();
  private final ReentrantLock delivering = new ReentrantLock();
  private HeadInfo head;
  private TransactionValidator validator;

  /**
   * @param policies admission policies, asked in order
   * @param verdicts receives every policy verdict
   * @param adjuster may lower ordering priority; {@link PriorityAdjuster#NONE} to order by tip alone
   */
  public TransactionPool(PoolConfig config, PoolStateView state, HeadInfo head, Clock clock,
      List<AdmissionPolicy> policies, VerdictListener verdicts, PriorityAdjuster adjuster) {
    this.config = Objects.requireNonNull(config, "config");
    this.state = Objects.requireNonNull(state, "state");
    this.head = Objects.requireNonNull(head, "head");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.validator = new TransactionValidator(head.chainId());
    this.pricing = new Pricing(adjuster);
    Function<Address, AccountState> states = this::accountState;
    this.ledger = new Ledger(states);
    this.limits = new Limits(config, ledger, pricing);
    this.admission = new Admission(config, ledger, limits, pricing, new PolicyChain(policies, verdicts), clock,
        states);
  }

  /** A pool that admits every valid transaction and orders by tip alone. */
  public TransactionPool(PoolConfig config, PoolStateView state, HeadInfo head, Clock clock) {
    this(config, state, head, clock, List.of(AdmissionPolicy.admitAll()), VerdictListener.NONE,
        PriorityAdjuster.NONE);
  }

  public void addListener(PoolListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeListener(PoolListener listener) {
    listeners.remove(listener);
  }

  /** Validates and admits {@code tx}; a rejection is a value, never an exception. */
  public AdmissionResult add(Transaction tx, Origin origin) {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(origin, "origin");
    AdmissionResult result;
    lock.lock();
    try {
      result = admission.admit(tx, origin, head, validator);
      limits.enforce(head.baseFee()); // promotions, or demotions by a state re-sync, may break a limit
      outbox.addAll(ledger.drainEvents());
    } finally {
      lock.unlock();
    }
    if (result instanceof AdmissionResult.Rejected r) {
      LOG.debug("Rejected transaction hash={} origin={} reason={}", tx.hash(), origin, r.message());
    }
    publish();
    return result;
  }

  /** Decodes and admits a transaction submitted through this node ({@code eth_sendRawTransaction}). */
  public AdmissionResult addRaw(byte[] encoded) {
    return addRaw(encoded, Origin.LOCAL);
  }

  /** Decodes and admits raw bytes; bytes that are no transaction are a rejection, never an exception. */
  public AdmissionResult addRaw(byte[] encoded, Origin origin) {
    Objects.requireNonNull(encoded, "encoded");
    int limit = Math.max(config.maxTxSize(), config.maxBlobTxSize());
    if (encoded.length > limit) {
      return new AdmissionResult.Rejected(new Rejection.OversizedData(encoded.length, limit));
    }
    Transaction tx;
    try {
      tx = TransactionDecoder.decode(encoded);
    } catch (DecodingException e) {
      return new AdmissionResult.Rejected(new Rejection.Undecodable(e.getMessage()));
    }
    return add(tx, origin);
  }

  public Optional<Transaction> get(Hash hash) {
    lock.lock();
    try {
      return Optional.ofNullable(ledger.get(hash)).map(PoolEntry::tx);
    } finally {
      lock.unlock();
    }
  }

  public boolean contains(Hash hash) {
    lock.lock();
    try {
      return ledger.contains(hash);
    } finally {
      lock.unlock();
    }
  }

  /** Removes a transaction; the sender's later nonces are demoted to queued. False when it was not pooled. */
  public boolean remove(Hash hash) {
    lock.lock();
    try {
      PoolEntry entry = ledger.get(hash);
      if (entry == null) {
        return false;
      }
      ledger.remove(entry, RemovalReason.DROPPED);
      limits.enforce(head.baseFee()); // the sender's later nonces were demoted into the queue
      outbox.addAll(ledger.drainEvents());
    } finally {
      lock.unlock();
    }
    publish();
    return true;
  }

  /** Pending transactions by sender (in address order), each sender's in nonce order. */
  public SortedMap<Address, List<Transaction>> pending() {
    return collect(AccountTransactions::pending);
  }

  /** Queued transactions by sender (in address order), each sender's in nonce order. */
  public SortedMap<Address, List<Transaction>> queued() {
    return collect(AccountTransactions::queued);
  }

  private SortedMap<Address, List<Transaction>> collect(Function<AccountTransactions, List<PoolEntry>> part) {
    lock.lock();
    try {
      TreeMap<Address, List<Transaction>> out = new TreeMap<>();
      for (AccountTransactions account : ledger.accounts()) {
        List<Transaction> txs = part.apply(account).stream().map(PoolEntry::tx).toList();
        if (!txs.isEmpty()) {
          out.put(account.sender(), txs);
        }
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** For {@code txpool_status}. */
  public PoolStatus status() {
    lock.lock();
    try {
      return new PoolStatus(ledger.pendingCount(), ledger.queuedCount());
    } finally {
      lock.unlock();
    }
  }

  /** For {@code txpool_content}: sender, then nonce, then transaction. */
  public PoolContent content() {
    lock.lock();
    try {
      TreeMap<Address, NavigableMap<Long, Transaction>> pending = new TreeMap<>();
      TreeMap<Address, NavigableMap<Long, Transaction>> queued = new TreeMap<>();
      for (AccountTransactions account : ledger.accounts()) {
        byNonce(account.pending()).ifPresent(m -> pending.put(account.sender(), m));
        byNonce(account.queued()).ifPresent(m -> queued.put(account.sender(), m));
      }
      return new PoolContent(pending, queued);
    } finally {
      lock.unlock();
    }
  }

  private static Optional<NavigableMap<Long, Transaction>> byNonce(List<PoolEntry> entries) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    NavigableMap<Long, Transaction> out = new TreeMap<>(Long::compareUnsigned);
    entries.forEach(e -> out.put(e.nonce(), e.tx()));
    return Optional.of(out);
  }

  /** The pending nonce: the account's nonce after every pending transaction ({@code eth_getTransactionCount}). */
  public long nextNonce(Address sender) {
    lock.lock();
    try {
      AccountTransactions account = ledger.account(sender);
      return account == null ? state.nonce(sender) : account.nextNonce();
    } finally {
      lock.unlock();
    }
  }

  public HeadInfo head() {
    lock.lock();
    try {
      return head;
    } finally {
      lock.unlock();
    }
  }

  /**
   * A new head: drops the included transactions and every nonce the chain has passed, demotes what senders can no
   * longer pay for, promotes what became executable, expires old queued transactions and trims to the limits. The
   * new base fee re-prices everything at once because ordering is computed from it, never stored.
   * {@link PoolStateView} must already answer for {@code newHead}.
   */
  public void onNewHead(HeadInfo newHead, Collection<Transaction> included) {
    Objects.requireNonNull(newHead, "newHead");
    Objects.requireNonNull(included, "included");
    lock.lock();
    try {
      if (!newHead.chainId().equals(head.chainId())) {
        validator = new TransactionValidator(newHead.chainId());
      }
      head = newHead;
      for (Transaction tx : included) {
        PoolEntry entry = ledger.get(tx.hash());
        if (entry != null) {
          ledger.remove(entry, RemovalReason.INCLUDED);
        }
      }
      for (AccountTransactions account : List.copyOf(ledger.accounts())) {
        ledger.refresh(account.sender());
      }
      expire();
      limits.enforce(head.baseFee());
      outbox.addAll(ledger.drainEvents());
      LOG.debug("New head number={} baseFee={} pending={} queued={}", newHead.number(), newHead.baseFee(),
          ledger.pendingCount(), ledger.queuedCount());
    } finally {
      lock.unlock();
    }
    publish();
  }

  /** Drops remote transactions queued for longer than the configured lifetime; the node calls it periodically. */
  public void evictExpired() {
    lock.lock();
    try {
      expire();
      outbox.addAll(ledger.drainEvents());
    } finally {
      lock.unlock();
    }
    publish();
  }

  private void expire() {
    Instant cutoff = clock.instant().minus(config.queuedLifetime());
    for (AccountTransactions account : List.copyOf(ledger.accounts())) {
      for (PoolEntry e : account.queued()) {
        if (!e.isLocal() && e.addedAt().isBefore(cutoff)) {
          ledger.remove(e, RemovalReason.EXPIRED);
        }
      }
    }
  }

  /** The best pending transactions for a block on top of the current head. */
  public BlockCandidates candidates() {
    lock.lock();
    try {
      List<List<PoolEntry>> bySender = new ArrayList<>();
      for (AccountTransactions account : ledger.accounts()) {
        bySender.add(account.pending());
      }
      return new BlockCandidates(bySender, head.baseFee(), head.blobBaseFee(), pricing);
    } finally {
      lock.unlock();
    }
  }

  private AccountState accountState(Address sender) {
    BigInteger balance = state.balance(sender).value();
    return new AccountState(state.nonce(sender), balance, head.gasLimit());
  }

  /**
   * Delivers queued events in the order the changes happened. One thread delivers at a time; a thread that finds a
   * delivery in progress leaves its events to that thread, which drains until the outbox is empty. The outer loop
   * picks up events queued between the drainer's last poll and its unlock.
   */
  private void publish() {
    while (!outbox.isEmpty() && delivering.tryLock()) {
      try {
        PoolEvent event;
        while ((event = outbox.poll()) != null) {
          for (PoolListener l : listeners) {
            dispatch(l, event);
          }
        }
      } finally {
        delivering.unlock();
      }
    }
  }

  private static void dispatch(PoolListener l, PoolEvent event) {
    try {
      deliver(l, event);
    } catch (RuntimeException e) {
      // The change is already made; one failing subscriber must not hide it from the others or from the caller.
      LOG.warn("Pool listener failed listener={} event={}", l, event, e);
    }
  }

  private static void deliver(PoolListener l, PoolEvent event) {
    if (event instanceof PoolEvent.Added a) {
      l.onAdded(a.entry().tx(), a.entry().sender(), a.slot());
    } else if (event instanceof PoolEvent.Promoted p) {
      l.onPromoted(p.entry().tx(), p.entry().sender());
    } else if (event instanceof PoolEvent.Removed r) {
      l.onRemoved(r.entry().tx(), r.entry().sender(), r.reason());
    }
  }
}
