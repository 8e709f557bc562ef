package io.converge.evm.frame;

import io.converge.types.Address;
import io.converge.types.UInt256;
import java.util.Objects;

/** A storage (or transient storage) slot of an account. */
public record StorageSlot(Address address, UInt256 key) {
  public StorageSlot {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(key, "key");
  }
}
