package io.converge.referencetests.blockchain;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.chain.StoredBlockchain;
import io.converge.chain.config.GenesisAccount;
import io.converge.referencetests.Outcome;
import io.converge.state.StateDatabase;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.block.BlockHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares the head's state with the fixture's {@code postState} (by root, then account by account) or hash. */
final class PostState {
  private static final int MAX_DIFFERENCES = 5;

  private PostState() {}

  static Outcome compare(JsonNode test, StoredBlockchain chain) {
    BlockHeader head = chain.head();
    if (test.has("postStateHash")) {
      return Outcome.expectEqual("post-state root", Hash.fromHex(test.get("postStateHash").asText()),
          head.stateRoot());
    }
    if (!test.has("postState")) {
      return Outcome.pass();
    }
    TreeMap<Address, GenesisAccount> expected = FixtureGenesis.accounts(test.get("postState"));
    TrieWorldState world = StateDatabase.inMemory().empty();
    for (Map.Entry<Address, GenesisAccount> e : expected.entrySet()) {
      Address a = e.getKey();
      world.ensureExists(a);
      world.setNonce(a, e.getValue().nonce());
      world.setBalance(a, e.getValue().balance());
      if (!e.getValue().code().isEmpty()) {
        world.setCode(a, e.getValue().code());
      }
      e.getValue().storage().forEach((k, v) -> world.setStorage(a, k, v));
    }
    Hash expectedRoot = world.rootHash();
    if (expectedRoot.equals(head.stateRoot())) {
      return Outcome.pass();
    }
    TrieWorldState actual = chain.stateAt(head.hash()).orElseThrow();
    List<String> differences = new ArrayList<>();
    for (Map.Entry<Address, GenesisAccount> e : expected.entrySet()) {
      if (differences.size() >= MAX_DIFFERENCES) {
        break;
      }
      Address a = e.getKey();
      GenesisAccount want = e.getValue();
      if (!actual.exists(a)) {
        differences.add(a + " missing");
        continue;
      }
      if (!actual.balance(a).equals(want.balance())) {
        differences.add(a + " balance " + want.balance() + " != " + actual.balance(a));
      }
      if (actual.nonce(a) != want.nonce()) {
        differences.add(a + " nonce " + want.nonce() + " != " + actual.nonce(a));
      }
      if (!actual.code(a).equals(want.code())) {
        differences.add(a + " code differs");
      }
      for (Map.Entry<UInt256, UInt256> slot : want.storage().entrySet()) {
        UInt256 got = actual.storage(a, slot.getKey());
        if (!got.equals(slot.getValue())) {
          differences.add(a + " slot " + slot.getKey() + " " + slot.getValue() + " != " + got);
        }
      }
    }
    return Outcome.fail("post-state root: expected " + expectedRoot + ", got " + head.stateRoot()
        + (differences.isEmpty() ? " (extra accounts or storage)" : ": " + String.join("; ", differences)));
  }
}
