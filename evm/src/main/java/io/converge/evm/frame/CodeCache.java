package io.converge.evm.frame;

import io.converge.evm.operation.OperationTable;
import io.converge.types.Hash;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Analysed code by code hash, so hot contracts are analysed once per fork. Bounded: when full it starts over.
 */
public final class CodeCache {
  private final ConcurrentHashMap<Hash, Code> byHash = new ConcurrentHashMap<>();
  private final int capacity;
  private final OperationTable operations;

  public CodeCache(int capacity, OperationTable operations) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.operations = operations;
  }

  /** The analysis of the code with hash {@code codeHash}, loading the bytes with {@code code} on a miss. */
  public Code get(Hash codeHash, Supplier<byte[]> code) {
    Code cached = byHash.get(codeHash);
    if (cached != null) {
      return cached;
    }
    Code analysed = Code.analyze(code.get(), operations);
    if (byHash.size() >= capacity) {
      byHash.clear(); // simple and rare: a cache this size holds a whole block's working set
    }
    byHash.put(codeHash, analysed);
    return analysed;
  }

  public int size() {
    return byHash.size();
  }
}
