package io.converge.state;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.UInt256;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What EIP-1186 ({@code eth_getProof}) proves about one account and some of its slots under a state root: the
 * account-trie nodes from the root towards keccak(address), the account if it is there, and per slot the storage-trie
 * nodes towards keccak(slot) with the slot's value. An absent account has an exclusion proof and no fields; an
 * absent slot (or any slot of an account without storage) reads as zero with an exclusion proof, which is empty when
 * the storage trie is.
 */
public record StateProof(Address address, Optional<Account> account, List<Bytes> accountProof, List<Slot> slots) {
  public StateProof {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(account, "account");
    accountProof = List.copyOf(accountProof);
    slots = List.copyOf(slots);
  }

  /** One storage slot, its value (zero when absent) and its proof under the account's storage root. */
  public record Slot(UInt256 key, UInt256 value, List<Bytes> proof) {
    public Slot {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      proof = List.copyOf(proof);
    }
  }
}
