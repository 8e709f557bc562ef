package io.converge.state;

import io.converge.trie.NodeStore;
import io.converge.trie.SecureTrie;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link StateProof}s from committed trie nodes alone, never from a state's unflushed changes. */
final class StateProofs {
  private StateProofs() {}

  static StateProof prove(NodeStore nodes, Hash stateRoot, Address address, List<UInt256> slots) {
    SecureTrie accounts = SecureTrie.at(stateRoot, nodes);
    Bytes addressKey = address.toBytes();
    List<Bytes> accountProof = accounts.proof(addressKey);
    Optional<Account> account = accounts.get(addressKey).map(rlp -> Account.decode(rlp.unsafeArray()));
    SecureTrie storage = SecureTrie.at(account.orElse(Account.EMPTY).storageRoot(), nodes);
    List<StateProof.Slot> slotProofs = new ArrayList<>(slots.size());
    for (UInt256 slot : slots) {
      UInt256 value = storage.getHashed(StorageSlots.trieKey(slot))
          .map(StorageSlots::decodeValue)
          .orElse(UInt256.ZERO);
      List<Bytes> proof = storage.proof(Bytes.wrap(StorageSlots.toWord(slot.value())));
      slotProofs.add(new StateProof.Slot(slot, value, proof));
    }
    return new StateProof(address, account, accountProof, slotProofs);
  }
}
