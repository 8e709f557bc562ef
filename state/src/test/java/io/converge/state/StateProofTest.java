package io.converge.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.storage.rocksdb.RocksDbStore;
import io.converge.trie.MerkleProof;
import io.converge.trie.ProofResult;
import io.converge.trie.Trie;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EIP-1186 proofs taken from committed states, checked with the trie module's independent verifier. */
class StateProofTest {
  private static final Address SENDER = Address.fromHex("a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  private static final Address CONTRACT = Address.fromHex("cccccccccccccccccccccccccccccccccccccccc");
  private static final Address NOBODY = Address.fromHex("000000000000000000000000000000000000dead");
  private static final Bytes CODE = Bytes.fromHex("600260005500");
  /** stEIP1559/lowGasLimit's pre-state (see TrieWorldStateTest), whose root the official fixture gives. */
  private static final Hash LOW_GAS_LIMIT_ROOT =
      Hash.fromHex("b2b8d1860969ed21cd1eee5c69206176b951fbf820ee6b7f8ad84e8234094a5e");

  /** The fixture's pre-state, plus {@code extra} filler accounts and slots so the tries grow branches. */
  private static Hash commitState(StateDatabase db, int extra) {
    TrieWorldState w = db.empty();
    w.setBalance(SENDER, Wei.of(1_000_000_000_000_000_000L));
    w.setNonce(SENDER, 1);
    w.setBalance(CONTRACT, Wei.of(1_000_000_000_000_000_000L));
    w.setCode(CONTRACT, CODE);
    w.setStorage(CONTRACT, UInt256.ZERO, UInt256.of(0x60a7));
    for (int i = 1; i <= extra; i++) {
      w.setBalance(Address.ofNumber(0x10000 + i), Wei.of(i));
      w.setStorage(CONTRACT, UInt256.of(1000 + i), UInt256.of(i));
    }
    return w.commit();
  }

  private static Bytes storedValue(long value) {
    return StorageSlots.encodeValue(UInt256.of(value));
  }

  @Test
  void provesAnAccountAndItsSlotAgainstTheFixtureRoot() {
    StateDatabase db = StateDatabase.inMemory();
    Hash root = commitState(db, 0);
    assertThat(root).isEqualTo(LOW_GAS_LIMIT_ROOT);

    StateProof proof = db.at(root).proof(CONTRACT, List.of(UInt256.ZERO));

    Account account = proof.account().orElseThrow();
    assertThat(account.balance()).isEqualTo(Wei.of(1_000_000_000_000_000_000L));
    assertThat(account.codeHash()).isEqualTo(Hash.keccak256(CODE.unsafeArray()));
    assertThat(MerkleProof.verifySecure(root, CONTRACT.toBytes(), proof.accountProof()))
        .isEqualTo(new ProofResult.Present(Bytes.wrap(account.encode())));
    StateProof.Slot slot = proof.slots().get(0);
    assertThat(slot.key()).isEqualTo(UInt256.ZERO);
    assertThat(slot.value()).isEqualTo(UInt256.of(0x60a7));
    assertThat(MerkleProof.verifySecure(account.storageRoot(), Bytes.wrap(new byte[32]), slot.proof()))
        .isEqualTo(new ProofResult.Present(storedValue(0x60a7)));
  }

  @Test
  void provesAccountsAndSlotsThroughBranchesAndHashedNodes() {
    StateDatabase db = StateDatabase.inMemory();
    Hash root = commitState(db, 300);
    UInt256 deepSlot = UInt256.of(1000 + 137);

    StateProof proof = db.at(root).proof(CONTRACT, List.of(deepSlot, UInt256.ZERO));

    assertThat(proof.accountProof()).hasSizeGreaterThan(2);
    Account account = proof.account().orElseThrow();
    assertThat(MerkleProof.verifySecure(root, CONTRACT.toBytes(), proof.accountProof()))
        .isEqualTo(new ProofResult.Present(Bytes.wrap(account.encode())));
    StateProof.Slot deep = proof.slots().get(0);
    assertThat(deep.value()).isEqualTo(UInt256.of(137));
    assertThat(deep.proof()).hasSizeGreaterThan(2);
    assertThat(MerkleProof.verifySecure(account.storageRoot(), Bytes.wrap(StorageSlots.toWord(deepSlot.value())),
        deep.proof())).isEqualTo(new ProofResult.Present(storedValue(137)));
    assertThat(proof.slots().get(1).value()).isEqualTo(UInt256.of(0x60a7));
  }

  @Test
  void missingAccountHasAnExclusionProofAndEmptyStorageProofs() {
    StateDatabase db = StateDatabase.inMemory();
    Hash root = commitState(db, 300);

    StateProof proof = db.at(root).proof(NOBODY, List.of(UInt256.ZERO, UInt256.of(7)));

    assertThat(proof.account()).isEmpty();
    assertThat(proof.accountProof()).isNotEmpty();
    assertThat(MerkleProof.verifySecure(root, NOBODY.toBytes(), proof.accountProof()))
        .isEqualTo(new ProofResult.Absent());
    assertThat(proof.slots()).extracting(StateProof.Slot::value).containsOnly(UInt256.ZERO);
    assertThat(proof.slots()).allSatisfy(slot -> {
      assertThat(slot.proof()).isEmpty();
      assertThat(MerkleProof.verifySecure(Trie.EMPTY_ROOT, Bytes.wrap(StorageSlots.toWord(slot.key().value())),
          slot.proof())).isEqualTo(new ProofResult.Absent());
    });
  }

  @Test
  void missingSlotReadsZeroWithAnExclusionProof() {
    StateDatabase db = StateDatabase.inMemory();
    Hash root = commitState(db, 300);
    UInt256 unset = UInt256.of(999_999);

    StateProof proof = db.at(root).proof(CONTRACT, List.of(unset));

    StateProof.Slot slot = proof.slots().get(0);
    assertThat(slot.value()).isEqualTo(UInt256.ZERO);
    assertThat(slot.proof()).isNotEmpty();
    Hash storageRoot = proof.account().orElseThrow().storageRoot();
    assertThat(MerkleProof.verifySecure(storageRoot, Bytes.wrap(StorageSlots.toWord(unset.value())), slot.proof()))
        .isEqualTo(new ProofResult.Absent());
  }

  @Test
  void accountWithoutStorageGivesEmptySlotProofsUnderTheEmptyRoot() {
    StateDatabase db = StateDatabase.inMemory();
    Hash root = commitState(db, 0);

    StateProof proof = db.at(root).proof(SENDER, List.of(UInt256.ZERO));

    Account sender = proof.account().orElseThrow();
    assertThat(sender.nonce()).isEqualTo(1);
    assertThat(sender.storageRoot()).isEqualTo(Trie.EMPTY_ROOT);
    assertThat(proof.slots().get(0).proof()).isEmpty();
    assertThat(proof.slots().get(0).value()).isEqualTo(UInt256.ZERO);
  }

  @Test
  void emptyStateProvesEveryAccountAbsentWithNoNodes() {
    StateProof proof = StateDatabase.inMemory().empty().proof(SENDER, List.of());

    assertThat(proof.accountProof()).isEmpty();
    assertThat(proof.account()).isEmpty();
    assertThat(MerkleProof.verifySecure(Trie.EMPTY_ROOT, SENDER.toBytes(), proof.accountProof()))
        .isEqualTo(new ProofResult.Absent());
  }

  @Test
  void proofIgnoresChangesMadeAfterOpening() {
    StateDatabase db = StateDatabase.inMemory();
    Hash root = commitState(db, 20);
    TrieWorldState state = db.at(root);
    state.setBalance(CONTRACT, Wei.of(1));
    state.setStorage(CONTRACT, UInt256.ZERO, UInt256.of(2));
    state.setBalance(NOBODY, Wei.of(5));
    state.rootHash();

    StateProof proof = state.proof(CONTRACT, List.of(UInt256.ZERO));

    assertThat(proof.account().orElseThrow().balance()).isEqualTo(Wei.of(1_000_000_000_000_000_000L));
    assertThat(proof.slots().get(0).value()).isEqualTo(UInt256.of(0x60a7));
    assertThat(MerkleProof.verifySecure(root, CONTRACT.toBytes(), proof.accountProof()).isValid()).isTrue();
    assertThat(state.proof(NOBODY, List.of()).account()).isEmpty();
  }

  @Test
  void provesFromStateReopenedFromRocksDb(@TempDir Path dir) {
    Hash root;
    try (RocksDbStore store = RocksDbStore.open(dir)) {
      root = commitState(new StateDatabase(store), 100);
    }
    try (RocksDbStore store = RocksDbStore.open(dir)) {
      StateProof proof = new StateDatabase(store).at(root).proof(CONTRACT, List.of(UInt256.of(1050)));

      Account account = proof.account().orElseThrow();
      assertThat(MerkleProof.verifySecure(root, CONTRACT.toBytes(), proof.accountProof()))
          .isEqualTo(new ProofResult.Present(Bytes.wrap(account.encode())));
      assertThat(MerkleProof.verifySecure(account.storageRoot(), Bytes.wrap(StorageSlots.toWord(
          UInt256.of(1050).value())), proof.slots().get(0).proof()))
          .isEqualTo(new ProofResult.Present(storedValue(50)));
    }
  }
}
