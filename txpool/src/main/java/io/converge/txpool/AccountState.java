package io.converge.txpool;

import java.math.BigInteger;
import java.util.Objects;

/** One account's nonce and balance at the head, with the head's gas limit: what decides pending versus queued. */
record AccountState(long nonce, BigInteger balance, long blockGasLimit) {
  AccountState {
    Objects.requireNonNull(balance, "balance");
  }

  /** Whether a transaction of this cost and gas limit could execute given enough nonce order. */
  boolean affords(PoolEntry entry) {
    return entry.cost().compareTo(balance) <= 0 && Long.compareUnsigned(entry.tx().gasLimit(), blockGasLimit) <= 0;
  }
}
