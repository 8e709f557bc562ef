package io.converge.txpool;

import io.converge.txpool.admission.PolicyChain;
import io.converge.txpool.admission.PoolView;
import io.converge.txpool.admission.Verdict;
import io.converge.types.Address;
import io.converge.types.Wei;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionValidator;
import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides on one new transaction and, if it is admitted, puts it in the ledger: static screening, then the sender's
 * state (nonce, funds, overdraft), then replacement or limits, then the admission policies, which see only
 * transactions that passed every protocol rule. Apart from re-syncing the sender with the head state, nothing
 * changes before the last check has passed, so a rejection leaves the pool as it was.
 */
final class Admission {
  private final PoolConfig config;
  private final Ledger ledger;
  private final Limits limits;
  private final Pricing pricing;
  private final PolicyChain policies;
  private final Clock clock;
  private final Function<Address, AccountState> states;
  private long sequence;

  Admission(PoolConfig config, Ledger ledger, Limits limits, Pricing pricing, PolicyChain policies, Clock clock,
      Function<Address, AccountState> states) {
    this.config = Objects.requireNonNull(config, "config");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.pricing = Objects.requireNonNull(pricing, "pricing");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.states = Objects.requireNonNull(states, "states");
  }

  AdmissionResult admit(Transaction tx, Origin origin, HeadInfo head, TransactionValidator validator) {
    if (ledger.contains(tx.hash())) {
      return reject(new Rejection.AlreadyKnown(tx.hash()));
    }
    Screening.Outcome screened = Screening.screen(tx, head, config, validator);
    if (screened instanceof Screening.Outcome.Failed failed) {
      return reject(failed.rejection());
    }
    Address sender = ((Screening.Outcome.Passed) screened).sender();
    AccountState state = states.apply(sender);
    if (Long.compareUnsigned(tx.nonce(), state.nonce()) < 0) {
      return reject(new Rejection.NonceTooLow(state.nonce(), tx.nonce()));
    }
    BigInteger cost = Pricing.cost(tx);
    if (cost.compareTo(state.balance()) > 0) {
      return reject(new Rejection.InsufficientFunds(new Wei(state.balance()), new Wei(cost)));
    }
    ledger.refresh(sender); // the state may have moved since the sender's last recount
    AccountTransactions account = ledger.account(sender);
    PoolEntry existing = account == null ? null : account.get(tx.nonce());
    PoolEntry victim = null;
    if (existing != null) {
      Rejection broken = checkReplacement(existing, tx, cost, state, account);
      if (broken != null) {
        return reject(broken);
      }
    } else {
      BigInteger spent = account == null ? BigInteger.ZERO : account.spent();
      if (spent.add(cost).compareTo(state.balance()) > 0) {
        return reject(new Rejection.Overdraft(new Wei(state.balance()), new Wei(spent), new Wei(cost)));
      }
      long next = account == null ? state.nonce() : account.nextNonce();
      Slot slot = tx.nonce() == next ? Slot.PENDING : Slot.QUEUED;
      Rejection overLimit = checkAccountLimits(tx, slot, account);
      if (overLimit != null) {
        return reject(overLimit);
      }
      Limits.Room room = limits.roomFor(slot, sender, pricing.priority(tx, sender, head.baseFee()), origin,
          head.baseFee());
      if (room instanceof Limits.Room.Full) {
        return reject(new Rejection.PoolFull(config.capacity()));
      }
      if (room instanceof Limits.Room.Evict evict) {
        victim = evict.victim();
      }
    }
    PolicyChain.Outcome outcome = policies.assess(tx, sender, new View(head));
    if (outcome instanceof PolicyChain.Outcome.Stopped stopped) {
      return reject(policyRejection(stopped));
    }
    List<String> warnings = ((PolicyChain.Outcome.Admitted) outcome).warnings();
    if (victim != null) {
      ledger.remove(victim, RemovalReason.EVICTED);
    }
    PoolEntry entry = new PoolEntry(tx, sender, origin, clock.instant(), cost, sequence++);
    if (existing != null) {
      Slot slot = ledger.replace(existing, entry);
      return new AdmissionResult.Replaced(existing.hash(), tx.hash(), slot, warnings);
    }
    Slot slot = ledger.insert(entry);
    return new AdmissionResult.Added(tx.hash(), slot, warnings);
  }

  private Rejection checkReplacement(PoolEntry existing, Transaction tx, BigInteger cost, AccountState state,
      AccountTransactions account) {
    if (existing.isBlob() != (tx instanceof BlobTransaction)) {
      return new Rejection.TypeConflict(tx.nonce(), existing.tx().type(), tx.type());
    }
    if (!Pricing.replaces(existing.tx(), tx, config)) {
      Transaction old = existing.tx();
      return new Rejection.ReplacementUnderpriced(old.maxFeePerGas(), old.maxPriorityFeePerGas(),
          tx.maxFeePerGas(), tx.maxPriorityFeePerGas(), config.priceBumpPercent());
    }
    BigInteger bump = cost.subtract(existing.cost());
    if (bump.signum() > 0 && account.spent().add(bump).compareTo(state.balance()) > 0) {
      return new Rejection.ReplacementOverdraft(new Wei(state.balance()), new Wei(account.spent()), new Wei(bump));
    }
    return null;
  }

  private Rejection checkAccountLimits(Transaction tx, Slot slot, AccountTransactions account) {
    if (account == null) {
      return null;
    }
    if (tx instanceof BlobTransaction
        && account.blobCount() >= config.blobAccountLimit()) {
      return new Rejection.AccountLimitExceeded(account.blobCount(), config.blobAccountLimit());
    }
    if (slot == Slot.QUEUED && account.queuedCount() >= config.accountQueue()) {
      return new Rejection.AccountLimitExceeded(account.queuedCount(), config.accountQueue());
    }
    // Pending is full and this sender already holds its guaranteed share: it must wait, not displace others.
    if (slot == Slot.PENDING && ledger.pendingCount() >= config.globalSlots()
        && account.pendingCount() >= config.accountSlots()) {
      return new Rejection.AccountLimitExceeded(account.pendingCount(), config.accountSlots());
    }
    return null;
  }

  private static Rejection policyRejection(PolicyChain.Outcome.Stopped stopped) {
    if (stopped.verdict() instanceof Verdict.Reject r) {
      return new Rejection.PolicyRejected(stopped.policy(), r.reason(), r.score());
    }
    return new Rejection.PolicyDeferred(stopped.policy(), ((Verdict.Defer) stopped.verdict()).reason());
  }

  private static AdmissionResult reject(Rejection rejection) {
    return new AdmissionResult.Rejected(rejection);
  }

  /** The read-only view policies get; valid only during the call, under the pool's lock. */
  private final class View implements PoolView {
    private final HeadInfo head;

    View(HeadInfo head) {
      this.head = head;
    }

    @Override
    public long nextNonce(Address sender) {
      AccountTransactions a = ledger.account(sender);
      return a == null ? states.apply(sender).nonce() : a.nextNonce();
    }

    @Override
    public int transactionCount(Address sender) {
      AccountTransactions a = ledger.account(sender);
      return a == null ? 0 : a.size();
    }

    @Override
    public int pendingCount() {
      return ledger.pendingCount();
    }

    @Override
    public int queuedCount() {
      return ledger.queuedCount();
    }

    @Override
    public Wei baseFee() {
      return head.baseFee();
    }
  }
}
