/**
 * The transaction pool, as a Geth user expects it: pending (executable) and queued transactions by sender and nonce,
 * ordering by effective tip at the next block's base fee, replacement only with a fee bump on both the fee cap and
 * the tip, per-account and global limits that evict the cheapest remote transactions, blob transactions with their
 * own limits, and rejections worded as Geth words them.
 *
 * <p>The pool reads the chain only through its own port, {@link io.converge.txpool.PoolStateView}, and is told about
 * heads through {@link io.converge.txpool.TransactionPool#onNewHead}; the node wires both. Local policy, including
 * the AI engine, plugs in through {@link io.converge.txpool.admission}: it may keep transactions out of this node's
 * pool or lower their order, never decide block validity (STYLE.md rule 3).
 *
 * <p>Not handled yet: re-injecting transactions of blocks dropped by a reorg (the node can {@code add} them again),
 * persisting local transactions across restarts (Geth's journal), and blob sidecars (the pool holds the canonical
 * form; the network layer owns the wrapper).
 */
package io.converge.txpool;
