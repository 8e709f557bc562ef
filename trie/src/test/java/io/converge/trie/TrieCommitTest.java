package io.converge.trie;

import static io.converge.trie.TrieFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.crypto.hash.Keccak256;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrieCommitTest {

  /** Builds a trie of {@code n} entries with 32-byte random keys (the shape of a secure trie). */
  private static Map<Bytes, Bytes> randomEntries(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Bytes, Bytes> entries = new HashMap<>();
    for (int i = 0; i < n; i++) {
      byte[] key = new byte[32];
      random.nextBytes(key);
      entries.put(Bytes.wrap(key), TrieFixtures.value(random));
    }
    return entries;
  }

  @Test
  void aCommittedTrieReopensAtItsRootWithEveryValue() {
    InMemoryNodeStore store = new InMemoryNodeStore();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
    Map<Bytes, Bytes> entries = randomEntries(500, 1);
    entries.forEach(trie::put);
    Hash root = trie.commit(store);

    MerklePatriciaTrie reopened = MerklePatriciaTrie.at(root, store);
    assertThat(reopened.rootHash()).isEqualTo(root);
    entries.forEach((k, v) -> assertThat(reopened.get(k)).contains(v));
    assertThat(reopened.get(text("absent"))).isEmpty();
  }

  @Test
  void everyStoredNodeIsKeyedByTheHashOfItsEncoding() {
    InMemoryNodeStore store = new InMemoryNodeStore();
    List<Map.Entry<Hash, Bytes>> written = new ArrayList<>();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
    randomEntries(200, 2).forEach(trie::put);
    trie.commit((hash, encoding) -> written.add(Map.entry(hash, encoding)));
    assertThat(written).isNotEmpty().allSatisfy(e ->
        assertThat(e.getKey()).isEqualTo(Hash.wrap(Keccak256.hash(e.getValue().unsafeArray()))));
  }

  @Test
  void aSecondCommitWritesOnlyTheChangedPath() {
    InMemoryNodeStore store = new InMemoryNodeStore();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
    Map<Bytes, Bytes> entries = randomEntries(1000, 3);
    entries.forEach(trie::put);
    trie.commit(store);
    int[] writes = {0};
    assertThat(trie.commit((h, e) -> writes[0]++)).isEqualTo(trie.rootHash());
    assertThat(writes[0]).isZero();

    Bytes someKey = entries.keySet().iterator().next();
    trie.put(someKey, text("changed"));
    trie.commit((h, e) -> writes[0]++);
    // 1000 random keys make a trie 3-4 branches deep; only the path to the changed leaf is new.
    assertThat(writes[0]).isBetween(2, 6);
  }

  @Test
  void oldRootsStayReadableAfterUpdatesAreCommitted() {
    InMemoryNodeStore store = new InMemoryNodeStore();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
    trie.put(text("a"), text("1"));
    trie.put(text("b"), text("2"));
    Hash first = trie.commit(store);

    MerklePatriciaTrie next = MerklePatriciaTrie.at(first, store);
    next.put(text("a"), text("one"));
    next.remove(text("b"));
    next.put(text("c"), text("3"));
    Hash second = next.commit(store);

    assertThat(second).isNotEqualTo(first);
    MerklePatriciaTrie atFirst = MerklePatriciaTrie.at(first, store);
    assertThat(atFirst.get(text("a"))).contains(text("1"));
    assertThat(atFirst.get(text("b"))).contains(text("2"));
    MerklePatriciaTrie atSecond = MerklePatriciaTrie.at(second, store);
    assertThat(atSecond.get(text("a"))).contains(text("one"));
    assertThat(atSecond.get(text("b"))).isEmpty();
    assertThat(atSecond.get(text("c"))).contains(text("3"));
  }

  @Test
  void aRootShorterThanAHashIsStoredAndReopened() {
    InMemoryNodeStore store = new InMemoryNodeStore();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
    trie.put(text("k"), text("v"));
    Hash root = trie.commit(store);
    assertThat(store.size()).isEqualTo(1);
    assertThat(MerklePatriciaTrie.at(root, store).get(text("k"))).contains(text("v"));
  }

  @Test
  void theEmptyRootOpensWithoutTouchingTheStore() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.at(Trie.EMPTY_ROOT, hash -> {
      throw new AssertionError("no load expected");
    });
    assertThat(trie.isEmpty()).isTrue();
    assertThat(trie.get(text("x"))).isEmpty();
  }

  @Test
  void aRootTheStoreLacksIsReportedOnFirstRead() {
    Hash unknown = Hash.fromHex("0x" + "11".repeat(32));
    MerklePatriciaTrie trie = MerklePatriciaTrie.at(unknown, new InMemoryNodeStore());
    assertThat(trie.rootHash()).isEqualTo(unknown);
    assertThatThrownBy(() -> trie.get(text("x")))
        .isInstanceOfSatisfying(MissingNodeException.class, e -> assertThat(e.hash()).isEqualTo(unknown));
  }

  @Test
  void garbageUnderANodeHashIsReportedAsCorrupt() {
    InMemoryNodeStore store = new InMemoryNodeStore();
    Hash hash = Hash.fromHex("0x" + "22".repeat(32));
    store.put(hash, Bytes.fromHex("0xc3010203"));
    assertThatThrownBy(() -> MerklePatriciaTrie.at(hash, store).get(text("x")))
        .isInstanceOf(CorruptNodeException.class)
        .hasMessageContaining("2 or 17 items");
  }

  @Test
  void updatesOnAReopenedTrieGiveTheSameRootAsOnAFreshOne() {
    InMemoryNodeStore store = new InMemoryNodeStore();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
    Map<Bytes, Bytes> entries = randomEntries(300, 4);
    entries.forEach(trie::put);
    Hash root = trie.commit(store);

    MerklePatriciaTrie reopened = MerklePatriciaTrie.at(root, store);
    List<Bytes> keys = new ArrayList<>(entries.keySet());
    for (int i = 0; i < 100; i++) {
      reopened.remove(keys.get(i));
      trie.remove(keys.get(i));
    }
    reopened.put(text("new"), text("value"));
    trie.put(text("new"), text("value"));
    assertThat(reopened.rootHash()).isEqualTo(trie.rootHash());
  }
}
