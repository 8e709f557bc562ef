package io.converge.storage;

import io.converge.types.Bytes;
import java.util.Objects;

/** One stored entry, as returned by scans. */
public record KeyValue(Bytes key, Bytes value) {
  public KeyValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
