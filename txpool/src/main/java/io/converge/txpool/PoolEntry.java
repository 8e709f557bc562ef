package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * A transaction as the pool keeps it: with its recovered sender, origin, arrival and the most it can cost.
 *
 * @param sequence arrival order, unique within the pool; breaks price ties deterministically (older first)
 */
record PoolEntry(Transaction tx, Address sender, Origin origin, Instant addedAt, BigInteger cost, long sequence) {
  PoolEntry {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(addedAt, "addedAt");
    Objects.requireNonNull(cost, "cost");
  }

  Hash hash() {
    return tx.hash();
  }

  long nonce() {
    return tx.nonce();
  }

  boolean isBlob() {
    return tx instanceof BlobTransaction;
  }

  boolean isLocal() {
    return origin == Origin.LOCAL;
  }
}
