package io.converge.chain;

import io.converge.types.Hash;
import java.util.Objects;

/** A transaction's place in the canonical chain. */
public record TransactionLocation(Hash blockHash, long blockNumber, int index) {
  public TransactionLocation {
    Objects.requireNonNull(blockHash, "blockHash");
    if (index < 0) {
      throw new IllegalArgumentException("index must be non-negative: " + index);
    }
  }
}
