package io.converge.txpool;

/** A membership change, collected under the lock and delivered to listeners after it is released. */
sealed interface PoolEvent {
  record Added(PoolEntry entry, Slot slot) implements PoolEvent {}

  record Promoted(PoolEntry entry) implements PoolEvent {}

  record Removed(PoolEntry entry, RemovalReason reason) implements PoolEvent {}
}
