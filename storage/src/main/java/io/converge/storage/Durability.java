package io.converge.storage;

/** How far a commit must reach before it returns. Either way a commit is applied whole or not at all. */
public enum Durability {
  /** Written to the write-ahead log but not fsynced: survives a process crash; a power loss may drop recent commits. */
  BUFFERED,
  /** Fsynced before returning: survives a power loss, at the price of a disk flush per commit. */
  SYNCED
}
