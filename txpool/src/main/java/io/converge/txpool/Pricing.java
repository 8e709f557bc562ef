package io.converge.txpool;

import io.converge.txpool.admission.PriorityAdjuster;
import io.converge.types.Address;
import io.converge.types.Wei;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionType;
import java.math.BigInteger;
import java.util.Objects;

/** Costs, tips and the replacement rule. */
final class Pricing {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private final PriorityAdjuster adjuster;

  Pricing(PriorityAdjuster adjuster) {
    this.adjuster = Objects.requireNonNull(adjuster, "adjuster");
  }

  /** The most the transaction can take from the sender: {@code gasLimit * maxFeePerGas + value} plus blob gas. */
  static BigInteger cost(Transaction tx) {
    BigInteger cost = unsigned(tx.gasLimit()).multiply(tx.maxFeePerGas().value()).add(tx.value().value());
    if (tx instanceof BlobTransaction blob) {
      cost = cost.add(BigInteger.valueOf(blob.blobGas()).multiply(blob.maxFeePerBlobGas().value()));
    }
    return cost;
  }

  /**
   * What the block producer earns per gas at {@code baseFee}: {@code min(tip, maxFee - baseFee)}, or
   * {@code gasPrice - baseFee} for legacy and access-list transactions. Negative when the fee cap is below the base
   * fee, which orders such transactions last.
   */
  static BigInteger effectiveTip(Transaction tx, Wei baseFee) {
    BigInteger headroom = tx.maxFeePerGas().value().subtract(baseFee.value());
    if (tx.type() == TransactionType.LEGACY || tx.type() == TransactionType.ACCESS_LIST) {
      return headroom;
    }
    return headroom.min(tx.maxPriorityFeePerGas().value());
  }

  /** The ordering priority: the effective tip, lowered (never raised) by the local priority adjuster. */
  BigInteger priority(Transaction tx, Address sender, Wei baseFee) {
    BigInteger tip = effectiveTip(tx, baseFee);
    if (tip.signum() < 0) {
      return tip; // already last; nothing for policy to lower
    }
    Wei adjusted = Objects.requireNonNull(adjuster.adjust(tx, sender, new Wei(tip)), "adjusted priority");
    return tip.min(adjusted.value());
  }

  /**
   * Geth's replacement rule: the new value must exceed the old one and reach {@code old * (100 + bump) / 100}
   * (integer division), so a bump of exactly the configured percentage is enough.
   */
  static boolean bumped(Wei old, Wei replacement, int bumpPercent) {
    BigInteger threshold = old.value().multiply(BigInteger.valueOf(100L + bumpPercent)).divide(HUNDRED);
    return replacement.compareTo(old) > 0 && replacement.value().compareTo(threshold) >= 0;
  }

  /** Whether {@code replacement} may take the place of {@code old}: fee cap, tip and blob fee cap all bumped. */
  static boolean replaces(Transaction old, Transaction replacement, PoolConfig config) {
    if (!bumped(old.maxFeePerGas(), replacement.maxFeePerGas(), config.priceBumpPercent())
        || !bumped(old.maxPriorityFeePerGas(), replacement.maxPriorityFeePerGas(), config.priceBumpPercent())) {
      return false;
    }
    if (old instanceof BlobTransaction oldBlob && replacement instanceof BlobTransaction newBlob) {
      return bumped(oldBlob.maxFeePerBlobGas(), newBlob.maxFeePerBlobGas(), config.blobPriceBumpPercent());
    }
    return true;
  }

  private static BigInteger unsigned(long v) {
    BigInteger b = BigInteger.valueOf(v);
    return v >= 0 ? b : b.add(TWO_64);
  }
}
