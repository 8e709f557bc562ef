package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.Wei;

/**
 * The pool's window on the state at the current head. The pool defines this port and the node implements it over the
 * chain, so the pool never depends on the chain module. Implementations must answer for the head last delivered to
 * {@link TransactionPool#onNewHead}.
 */
public interface PoolStateView {
  /** The account's nonce at the head: the nonce of the next transaction that can execute. 0 for unknown accounts. */
  long nonce(Address account);

  /** The account's balance at the head; zero for unknown accounts. */
  Wei balance(Address account);
}
