package io.converge.consensus.api;

/**
 * The role every consensus engine plays in a node: it decides when blocks are made and which the node follows. The
 * node starts it once the chain, pool and listeners are wired, tells it when transactions arrive, and stops it
 * before closing what it uses.
 */
public interface ConsensusEngine extends AutoCloseable {

  /** Starts the engine's thread; called once. */
  void start();

  /**
   * The pool has new executable transactions. Engines that seal on demand react; others may ignore it. Never
   * blocks: callers are pool listeners.
   */
  void onTransactionsArrived();

  /** Stops the engine, waiting for a block in progress to be imported; idempotent. */
  void stop();

  @Override
  default void close() {
    stop();
  }
}
