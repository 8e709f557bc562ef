package io.converge.storage;

/**
 * The tables of the database; RocksDB keeps each in its own column family. The column family name is fixed here
 * rather than derived from the constant, so that renaming a constant never orphans data on disk.
 */
public enum Segment {
  /** Merkle Patricia trie nodes by Keccak-256 hash of their RLP encoding. */
  TRIE_NODES("trie-nodes"),
  /** Contract bytecode by code hash. */
  CODE("code"),
  /** Block headers. */
  HEADERS("headers"),
  /** Block bodies (transactions, ommers, withdrawals). */
  BLOCKS("blocks"),
  /** Transaction receipts by block. */
  RECEIPTS("receipts"),
  /** Lookup indices: number to hash, transaction hash to location, and the like. */
  INDICES("indices"),
  /** Small singletons: chain head, schema version, sync progress. */
  META("meta");

  private final String columnFamilyName;

  Segment(String columnFamilyName) {
    this.columnFamilyName = columnFamilyName;
  }

  public String columnFamilyName() {
    return columnFamilyName;
  }
}
