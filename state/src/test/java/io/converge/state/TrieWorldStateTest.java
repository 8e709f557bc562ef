package io.converge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.evm.world.World;
import io.converge.storage.Segment;
import io.converge.storage.memory.InMemoryStore;
import io.converge.storage.rocksdb.RocksDbStore;
import io.converge.trie.Trie;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrieWorldStateTest {
  private static final Address SENDER = Address.fromHex("a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  private static final Address CONTRACT = Address.fromHex("cccccccccccccccccccccccccccccccccccccccc");
  private static final Wei ONE_ETHER = Wei.of(1_000_000_000_000_000_000L);
  private static final UInt256 SLOT = UInt256.ZERO;

  /** The pre-state of ethereum-tests stEIP1559/lowGasLimit, whose root the fixture gives (its transaction is invalid). */
  private static void writeLowGasLimitPreState(World w) {
    w.setBalance(SENDER, ONE_ETHER);
    w.setNonce(SENDER, 1);
    w.setBalance(CONTRACT, ONE_ETHER);
    w.setCode(CONTRACT, Bytes.fromHex("600260005500"));
    w.setStorage(CONTRACT, SLOT, UInt256.of(0x60a7));
  }

  private static final Hash LOW_GAS_LIMIT_ROOT =
      Hash.fromHex("b2b8d1860969ed21cd1eee5c69206176b951fbf820ee6b7f8ad84e8234094a5e");

  @Test
  void emptyStateHasTheEmptyTrieRoot() {
    assertThat(StateDatabase.inMemory().empty().rootHash()).isEqualTo(Trie.EMPTY_ROOT);
  }

  @Test
  void computesTheRootTheOfficialFixtureGives() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    writeLowGasLimitPreState(state);
    assertThat(state.rootHash()).isEqualTo(LOW_GAS_LIMIT_ROOT);
  }

  @Test
  void emptyAccountWithCodeOnlyHasTheFixtureRoot() {
    // stTransactionTest/NoSrcAccount: one account holding just code 0x00.
    TrieWorldState state = StateDatabase.inMemory().empty();
    state.setCode(Address.fromHex("d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0"), Bytes.fromHex("00"));
    assertThat(state.rootHash())
        .isEqualTo(Hash.fromHex("25298cb0779d10a5f411af0693043af3998891d7ee557d7fed4005b5e7ed690a"));
  }

  @Test
  void absentAccountsReadAsEmpty() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    assertThat(state.exists(SENDER)).isFalse();
    assertThat(state.isEmpty(SENDER)).isTrue();
    assertThat(state.balance(SENDER)).isEqualTo(Wei.ZERO);
    assertThat(state.code(SENDER)).isEqualTo(Bytes.EMPTY);
    assertThat(state.codeHash(SENDER)).isEqualTo(World.EMPTY_CODE_HASH);
    assertThat(state.storage(SENDER, SLOT)).isEqualTo(UInt256.ZERO);
    assertThat(state.rootHash()).isEqualTo(Trie.EMPTY_ROOT);
  }

  @Test
  void ensureExistsMakesAnEmptyAccountThatChangesTheRoot() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    state.ensureExists(SENDER);
    assertThat(state.exists(SENDER)).isTrue();
    assertThat(state.isEmpty(SENDER)).isTrue();
    assertThat(state.rootHash()).isNotEqualTo(Trie.EMPTY_ROOT);
  }

  @Test
  void revertUndoesEverythingAfterTheSnapshotAndNothingBefore() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    state.setBalance(SENDER, Wei.of(10));
    int outer = state.snapshot();
    state.setBalance(SENDER, Wei.of(20));
    state.setStorage(CONTRACT, SLOT, UInt256.of(1));
    int inner = state.snapshot();
    state.setNonce(SENDER, 5);
    state.setCode(CONTRACT, Bytes.fromHex("6001"));

    state.revertTo(inner);
    assertThat(state.nonce(SENDER)).isZero();
    assertThat(state.code(CONTRACT)).isEqualTo(Bytes.EMPTY);
    assertThat(state.storage(CONTRACT, SLOT)).isEqualTo(UInt256.of(1));
    assertThat(state.balance(SENDER)).isEqualTo(Wei.of(20));

    state.revertTo(outer);
    assertThat(state.balance(SENDER)).isEqualTo(Wei.of(10));
    assertThat(state.storage(CONTRACT, SLOT)).isEqualTo(UInt256.ZERO);
    assertThat(state.exists(CONTRACT)).isFalse();
  }

  @Test
  void revertedChangesLeaveTheRootAsBefore() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    writeLowGasLimitPreState(state);
    state.finishTransaction();
    int snap = state.snapshot();
    state.setStorage(CONTRACT, SLOT, UInt256.of(2));
    state.setStorage(CONTRACT, UInt256.of(7), UInt256.of(7));
    state.deleteAccount(SENDER);
    state.ensureExists(Address.ofNumber(99));
    state.revertTo(snap);
    assertThat(state.rootHash()).isEqualTo(LOW_GAS_LIMIT_ROOT);
  }

  @Test
  void readsThroughADeletionAndItsRevertWithTheSameAddressObject() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    state.setBalance(CONTRACT, Wei.of(3));
    state.setStorage(CONTRACT, SLOT, UInt256.of(4));
    state.rootHash();
    assertThat(state.balance(CONTRACT)).isEqualTo(Wei.of(3));
    int snap = state.snapshot();
    state.deleteAccount(CONTRACT);
    assertThat(state.balance(CONTRACT)).isEqualTo(Wei.ZERO);
    assertThat(state.storage(CONTRACT, SLOT)).isEqualTo(UInt256.ZERO);
    state.revertTo(snap);
    assertThat(state.balance(CONTRACT)).isEqualTo(Wei.of(3));
    assertThat(state.storage(CONTRACT, SLOT)).isEqualTo(UInt256.of(4));
    state.createAccount(CONTRACT);
    assertThat(state.storage(CONTRACT, SLOT)).isEqualTo(UInt256.ZERO);
    assertThat(state.balance(CONTRACT)).isEqualTo(Wei.of(3));
  }

  @Test
  void rejectsASnapshotThatNoLongerExists() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    state.setNonce(SENDER, 1);
    assertThatThrownBy(() -> state.revertTo(5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void originalStorageIsTheValueWhenTheTransactionStarted() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    state.setStorage(CONTRACT, SLOT, UInt256.of(1));
    state.finishTransaction();

    state.setStorage(CONTRACT, SLOT, UInt256.of(2));
    state.setStorage(CONTRACT, SLOT, UInt256.of(3));
    assertThat(state.originalStorage(CONTRACT, SLOT)).isEqualTo(UInt256.of(1));
    assertThat(state.storage(CONTRACT, SLOT)).isEqualTo(UInt256.of(3));

    state.finishTransaction();
    assertThat(state.originalStorage(CONTRACT, SLOT)).isEqualTo(UInt256.of(3));
  }

  @Test
  void originalStorageSurvivesARevertOfLaterWrites() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    state.setStorage(CONTRACT, SLOT, UInt256.of(1));
    state.rootHash();
    int snap = state.snapshot();
    state.setStorage(CONTRACT, SLOT, UInt256.of(2));
    state.revertTo(snap);
    state.setStorage(CONTRACT, SLOT, UInt256.of(4));
    assertThat(state.originalStorage(CONTRACT, SLOT)).isEqualTo(UInt256.of(1));
  }

  @Test
  void createAccountKeepsTheBalanceAndClearsStorage() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    state.setBalance(CONTRACT, Wei.of(7));
    state.setNonce(CONTRACT, 3);
    state.setStorage(CONTRACT, SLOT, UInt256.of(9));
    state.commit();

    state.createAccount(CONTRACT);
    assertThat(state.balance(CONTRACT)).isEqualTo(Wei.of(7));
    assertThat(state.nonce(CONTRACT)).isZero();
    assertThat(state.storage(CONTRACT, SLOT)).isEqualTo(UInt256.ZERO);
    assertThat(state.originalStorage(CONTRACT, SLOT)).isEqualTo(UInt256.ZERO);
    assertThat(state.hasStorage(CONTRACT)).isFalse();

    TrieWorldState expected = StateDatabase.inMemory().empty();
    expected.setBalance(CONTRACT, Wei.of(7));
    assertThat(state.rootHash()).isEqualTo(expected.rootHash());
  }

  @Test
  void deletingAnAccountRemovesItAndItsStorage() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    writeLowGasLimitPreState(state);
    Hash before = state.commit();
    state.ensureExists(Address.ofNumber(5));
    state.setStorage(Address.ofNumber(5), SLOT, UInt256.of(1));
    state.rootHash();

    state.deleteAccount(Address.ofNumber(5));
    assertThat(state.exists(Address.ofNumber(5))).isFalse();
    assertThat(state.storage(Address.ofNumber(5), SLOT)).isEqualTo(UInt256.ZERO);
    assertThat(state.rootHash()).isEqualTo(before);
  }

  @Test
  void zeroingAStoredSlotRemovesItFromTheStorageTrie() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    writeLowGasLimitPreState(state);
    state.setStorage(CONTRACT, UInt256.of(1), UInt256.of(5));
    state.commit();
    state.setStorage(CONTRACT, UInt256.of(1), UInt256.ZERO);
    assertThat(state.rootHash()).isEqualTo(LOW_GAS_LIMIT_ROOT);
  }

  @Test
  void hasStorageSeesTrieAndCachedSlots() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    assertThat(state.hasStorage(CONTRACT)).isFalse();
    state.setStorage(CONTRACT, SLOT, UInt256.of(1));
    assertThat(state.hasStorage(CONTRACT)).isTrue();
    StateDatabase db = StateDatabase.inMemory();
    TrieWorldState persisted = db.empty();
    persisted.setStorage(CONTRACT, SLOT, UInt256.of(1));
    Hash root = persisted.commit();
    assertThat(db.at(root).hasStorage(CONTRACT)).isTrue();

    TrieWorldState zeroed = db.at(root);
    zeroed.setStorage(CONTRACT, SLOT, UInt256.ZERO);
    zeroed.finishTransaction();
    assertThat(zeroed.hasStorage(CONTRACT)).isFalse();
  }

  @Test
  void reopensCommittedStateFromRocksDb(@TempDir Path dir) {
    Hash first;
    Hash second;
    try (RocksDbStore store = RocksDbStore.open(dir)) {
      TrieWorldState state = new StateDatabase(store).empty();
      writeLowGasLimitPreState(state);
      first = state.commit();
      state.setStorage(CONTRACT, SLOT, UInt256.of(2));
      state.setBalance(SENDER, Wei.of(1));
      second = state.commit();
    }
    assertThat(first).isEqualTo(LOW_GAS_LIMIT_ROOT);
    try (RocksDbStore store = RocksDbStore.open(dir)) {
      StateDatabase db = new StateDatabase(store);
      TrieWorldState latest = db.at(second);
      assertThat(latest.storage(CONTRACT, SLOT)).isEqualTo(UInt256.of(2));
      assertThat(latest.balance(SENDER)).isEqualTo(Wei.of(1));
      assertThat(latest.code(CONTRACT)).isEqualTo(Bytes.fromHex("600260005500"));

      TrieWorldState past = db.at(first);
      assertThat(past.storage(CONTRACT, SLOT)).isEqualTo(UInt256.of(0x60a7));
      assertThat(past.balance(SENDER)).isEqualTo(ONE_ETHER);
      assertThat(past.nonce(SENDER)).isEqualTo(1);
      assertThat(past.get(CONTRACT)).hasValueSatisfying(a -> assertThat(a.codeHash())
          .isEqualTo(Hash.keccak256(Bytes.fromHex("600260005500").unsafeArray())));
      past.setStorage(CONTRACT, SLOT, UInt256.of(2));
      past.setBalance(SENDER, Wei.of(1));
      assertThat(past.rootHash()).isEqualTo(second);
    }
  }

  @Test
  void rootHashIsStableAndCommitMatchesIt() {
    TrieWorldState state = StateDatabase.inMemory().empty();
    writeLowGasLimitPreState(state);
    Hash computed = state.rootHash();
    assertThat(state.rootHash()).isEqualTo(computed);
    assertThat(state.commit()).isEqualTo(computed);
  }

  @Test
  void aCommitAfterOneChangeWritesOnlyThatAccountsPath() {
    InMemoryStore store = new InMemoryStore();
    TrieWorldState state = new StateDatabase(store).empty();
    for (int i = 1; i <= 500; i++) {
      state.setBalance(Address.ofNumber(i), Wei.of(i));
      state.setStorage(Address.ofNumber(i), SLOT, UInt256.of(i));
    }
    state.commit();
    int before = store.scan(Segment.TRIE_NODES, new byte[0], Integer.MAX_VALUE).size();

    state.setStorage(Address.ofNumber(7), SLOT, UInt256.of(70));
    state.commit();
    int written = store.scan(Segment.TRIE_NODES, new byte[0], Integer.MAX_VALUE).size() - before;

    // 500 accounts make an account trie about 3 levels deep: a new leaf, its branches, and a one-slot storage trie
    assertThat(written).isPositive().isLessThan(8);
  }

  @Test
  void accountRoundTripsThroughItsRlp() {
    Account account = new Account(-1L, new Wei(Wei.MAX), Trie.EMPTY_ROOT, World.EMPTY_CODE_HASH);
    assertThat(Account.decode(account.encode())).isEqualTo(account);
  }
}
