package io.converge.evm;

import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.List;
import java.util.Objects;

/**
 * What the transaction tells the EVM: ORIGIN, GASPRICE (the effective price), BLOBHASH, and the EIP-2930 access list
 * the EVM warms before execution (Berlin on).
 */
public record TransactionContext(
    Address origin, Wei gasPrice, List<Hash> blobVersionedHashes, List<AccessListEntry> accessList) {
  public TransactionContext {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(gasPrice, "gasPrice");
    blobVersionedHashes = List.copyOf(blobVersionedHashes);
    accessList = List.copyOf(accessList);
  }

  /** A transaction without blobs or access list. */
  public static TransactionContext of(Address origin, Wei gasPrice) {
    return new TransactionContext(origin, gasPrice, List.of(), List.of());
  }

  /** One EIP-2930 access list entry: an address and the storage keys to warm in it. */
  public record AccessListEntry(Address address, List<UInt256> storageKeys) {
    public AccessListEntry {
      Objects.requireNonNull(address, "address");
      storageKeys = List.copyOf(storageKeys);
    }
  }
}
