package io.converge.chain;

import io.converge.types.Hash;
import io.converge.types.receipt.Log;
import java.util.Objects;

/** A log with where it was emitted, as {@code eth_getLogs} reports it. {@code logIndex} counts within the block. */
public record BlockLog(Log log, Hash blockHash, long blockNumber, Hash transactionHash, int transactionIndex,
    int logIndex) {
  public BlockLog {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(transactionHash, "transactionHash");
  }
}
