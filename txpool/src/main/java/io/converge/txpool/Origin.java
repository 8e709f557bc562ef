package io.converge.txpool;

/**
 * Where a transaction came from. Local transactions (submitted through this node's RPC) are never evicted to make room
 * for others and never expire, as in Geth: the operator asked for them.
 */
public enum Origin {
  LOCAL,
  REMOTE
}
