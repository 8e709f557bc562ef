package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.Wei;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Pending transactions in the order a block producer should try them: the best effective tip first, each sender's
 * transactions in nonce order. Like Geth's {@code transactionsByPriceAndNonce}, it keeps a heap of each sender's
 * next transaction; taking one puts the sender's following nonce in its place.
 *
 * <p>A sender whose next transaction cannot pay the base fee (or blob base fee) is skipped with all its later nonces,
 * which could not execute before it. When the producer fails to include a transaction (out of gas in the block, an
 * execution error), it calls {@link #markFailed} and the sender's remaining nonces are skipped too.
 *
 * <p>A snapshot taken when the pool creates it: later changes to the pool do not show. Not thread-safe.
 */
public final class BlockCandidates implements Iterator<BlockCandidates.Candidate> {

  /** One transaction to try, with the tip it pays at the base fee used for ordering. */
  public record Candidate(Transaction tx, Address sender, Wei effectiveTip) {
    public Candidate {
      Objects.requireNonNull(tx, "tx");
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(effectiveTip, "effectiveTip");
    }
  }

  private final Wei baseFee;
  private final Wei blobBaseFee;
  private final Pricing pricing;
  private final PriorityQueue<Cursor> heads = new PriorityQueue<>();
  private final Set<Address> failed = new HashSet<>();
  private Cursor toAdvance;

  BlockCandidates(List<List<PoolEntry>> pendingBySender, Wei baseFee, Wei blobBaseFee, Pricing pricing) {
    this.baseFee = Objects.requireNonNull(baseFee, "baseFee");
    this.blobBaseFee = Objects.requireNonNull(blobBaseFee, "blobBaseFee");
    this.pricing = Objects.requireNonNull(pricing, "pricing");
    for (List<PoolEntry> entries : pendingBySender) {
      if (!entries.isEmpty()) {
        offer(new Cursor(new ArrayList<>(entries), 0));
      }
    }
  }

  @Override
  public boolean hasNext() {
    advance();
    while (!heads.isEmpty() && failed.contains(heads.peek().entry().sender())) {
      heads.poll();
    }
    return !heads.isEmpty();
  }

  @Override
  public Candidate next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Cursor best = heads.poll();
    toAdvance = best; // its next nonce enters the heap on the following call, unless the sender is marked failed
    PoolEntry e = best.entry();
    return new Candidate(e.tx(), e.sender(), new Wei(Pricing.effectiveTip(e.tx(), baseFee)));
  }

  /** Skips every remaining transaction of {@code sender}: the one just returned could not be included. */
  public void markFailed(Address sender) {
    failed.add(Objects.requireNonNull(sender, "sender"));
  }

  private void advance() {
    if (toAdvance != null) {
      Cursor c = toAdvance;
      toAdvance = null;
      if (!failed.contains(c.entry().sender()) && c.index() + 1 < c.entries().size()) {
        offer(new Cursor(c.entries(), c.index() + 1));
      }
    }
  }

  private void offer(Cursor c) {
    Transaction tx = c.entry().tx();
    boolean paysBaseFee = tx.maxFeePerGas().compareTo(baseFee) >= 0;
    boolean paysBlobFee = !(tx instanceof BlobTransaction blob) || blob.maxFeePerBlobGas().compareTo(blobBaseFee) >= 0;
    if (paysBaseFee && paysBlobFee) {
      heads.add(c.withPriority(pricing.priority(tx, c.entry().sender(), baseFee)));
    }
  }

  /** A sender's position: its entries in nonce order and the index of the next one. */
  private record Cursor(List<PoolEntry> entries, int index, BigInteger priority) implements Comparable<Cursor> {
    Cursor(List<PoolEntry> entries, int index) {
      this(entries, index, BigInteger.ZERO);
    }

    PoolEntry entry() {
      return entries.get(index);
    }

    Cursor withPriority(BigInteger p) {
      return new Cursor(entries, index, p);
    }

    /** Higher priority first; among equals the earlier arrival, as Geth orders by time. */
    @Override
    public int compareTo(Cursor o) {
      int c = o.priority.compareTo(priority);
      return c != 0 ? c : Long.compare(entry().sequence(), o.entry().sequence());
    }
  }
}
