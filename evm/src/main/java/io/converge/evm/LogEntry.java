package io.converge.evm;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.List;
import java.util.Objects;

/** A log emitted by LOG0..LOG4. */
public record LogEntry(Address address, List<Hash> topics, Bytes data) {
  public LogEntry {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(data, "data");
    topics = List.copyOf(topics);
    if (topics.size() > 4) {
      throw new IllegalArgumentException("at most 4 topics, got " + topics.size());
    }
  }
}
