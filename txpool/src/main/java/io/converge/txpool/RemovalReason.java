package io.converge.txpool;

/** Why a transaction left the pool, for listeners and audit logs. */
public enum RemovalReason {
  /** A block included it. */
  INCLUDED,
  /** Its nonce is below the account's on-chain nonce: another transaction with that nonce was mined. */
  NONCE_STALE,
  /** A transaction with the same sender and nonce and a sufficient fee bump took its place. */
  REPLACED,
  /** Dropped to respect the pool's size limits. */
  EVICTED,
  /** Queued for longer than {@link PoolConfig#queuedLifetime()}. */
  EXPIRED,
  /** Removed on request through {@link TransactionPool#remove}. */
  DROPPED
}
