package io.converge.consensus.dev;

/** What the {@link DevBlockProducer}'s single thread acts on, in arrival order. */
public sealed interface DevEvent {

  /** The pool has executable transactions (instant mode seals them). */
  record TransactionsArrived() implements DevEvent {}

  /** The block time elapsed (interval mode seals a block, empty or not). */
  record Tick() implements DevEvent {}

  /** Finish the current block and end the thread. */
  record Stop() implements DevEvent {}
}
