package io.converge.trie;

import static io.converge.trie.TrieFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.crypto.hash.Keccak256;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerklePatriciaTrieTest {
  private static final Hash DOGS_ROOT =
      Hash.fromHex("0x8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3");

  private static MerklePatriciaTrie dogs() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    trie.put(text("doe"), text("reindeer"));
    trie.put(text("dog"), text("puppy"));
    trie.put(text("dogglesworth"), text("cat"));
    return trie;
  }

  @Test
  void emptyTrieHasTheHashOfTheEmptyString() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    assertThat(trie.rootHash()).isEqualTo(Trie.EMPTY_ROOT);
    assertThat(Trie.EMPTY_ROOT).isEqualTo(Hash.wrap(Keccak256.hash(new byte[] {(byte) 0x80})));
    assertThat(trie.isEmpty()).isTrue();
    assertThat(trie.get(text("anything"))).isEmpty();
  }

  @Test
  void computesTheRootOfTheWellKnownDogsTrie() {
    assertThat(dogs().rootHash()).isEqualTo(DOGS_ROOT);
  }

  @Test
  void readsBackValuesAndMissesOtherKeys() {
    MerklePatriciaTrie trie = dogs();
    assertThat(trie.get(text("dog"))).contains(text("puppy"));
    assertThat(trie.get(text("doe"))).contains(text("reindeer"));
    assertThat(trie.get(text("dogglesworth"))).contains(text("cat"));
    assertThat(trie.get(text("do"))).isEmpty();
    assertThat(trie.get(text("dogg"))).isEmpty();
    assertThat(trie.get(text("doge"))).isEmpty();
    assertThat(trie.get(Bytes.EMPTY)).isEmpty();
  }

  @Test
  void removingEverythingReturnsToTheEmptyRoot() {
    MerklePatriciaTrie trie = dogs();
    trie.remove(text("dog"));
    trie.remove(text("doe"));
    trie.remove(text("dogglesworth"));
    assertThat(trie.rootHash()).isEqualTo(Trie.EMPTY_ROOT);
    assertThat(trie.isEmpty()).isTrue();
  }

  @Test
  void puttingAnEmptyValueRemovesTheKey() {
    MerklePatriciaTrie trie = dogs();
    trie.put(text("horse"), text("stallion"));
    trie.put(text("horse"), Bytes.EMPTY);
    assertThat(trie.get(text("horse"))).isEmpty();
    assertThat(trie.rootHash()).isEqualTo(DOGS_ROOT);
  }

  @Test
  void removingAnAbsentKeyOrRewritingAValueChangesNothing() {
    MerklePatriciaTrie trie = dogs();
    trie.remove(text("cat"));
    trie.remove(text("do"));
    trie.remove(text("dogglesworthy"));
    trie.put(text("dog"), text("puppy"));
    assertThat(trie.rootHash()).isEqualTo(DOGS_ROOT);
  }

  @Test
  void storesAValueUnderTheEmptyKey() {
    MerklePatriciaTrie trie = dogs();
    trie.put(Bytes.EMPTY, text("root value"));
    assertThat(trie.get(Bytes.EMPTY)).contains(text("root value"));
    assertThat(trie.firstEntry()).contains(new TrieEntry(Bytes.EMPTY, text("root value")));
    trie.remove(Bytes.EMPTY);
    assertThat(trie.rootHash()).isEqualTo(DOGS_ROOT);
  }

  @Test
  void aCopyIsIndependentOfItsOriginal() {
    MerklePatriciaTrie original = dogs();
    MerklePatriciaTrie copy = original.copy();
    copy.put(text("cow"), text("moo"));
    copy.remove(text("dog"));
    assertThat(original.rootHash()).isEqualTo(DOGS_ROOT);
    assertThat(original.get(text("dog"))).contains(text("puppy"));
    assertThat(copy.get(text("cow"))).contains(text("moo"));
    assertThat(copy.get(text("dog"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void rootDoesNotDependOnInsertionOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Bytes, Bytes> entries = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      entries.put(TrieFixtures.crowdedKey(random), TrieFixtures.value(random));
    }
    List<Map.Entry<Bytes, Bytes>> order = new ArrayList<>(entries.entrySet());
    Hash expected = build(order).rootHash();
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(order, new java.util.Random(seed * 31 + i));
      assertThat(build(order).rootHash()).isEqualTo(expected);
    }
  }

  private static MerklePatriciaTrie build(List<Map.Entry<Bytes, Bytes>> entries) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    entries.forEach(e -> trie.put(e.getKey(), e.getValue()));
    return trie;
  }

  /**
   * Random puts and removes over keys that crowd each other, checked after every step against a sorted map; the root
   * must equal that of a trie built from scratch with the model's content, i.e. removals leave the canonical shape.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void randomPutsAndRemovesAgreeWithASortedMap(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<Bytes, Bytes> model = new TreeMap<>();
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    for (int step = 0; step < 2000; step++) {
      Bytes key = TrieFixtures.crowdedKey(random);
      if (random.nextInt(3) == 0) {
        model.remove(key);
        trie.remove(key);
      } else {
        Bytes value = TrieFixtures.value(random);
        model.put(key, value);
        trie.put(key, value);
      }
      Bytes probe = TrieFixtures.crowdedKey(random);
      assertThat(trie.get(probe)).isEqualTo(Optional.ofNullable(model.get(probe)));
      if (step % 100 == 99) {
        assertThat(trie.rootHash()).isEqualTo(build(new ArrayList<>(model.entrySet())).rootHash());
        List<TrieEntry> listed = new ArrayList<>();
        trie.entries().forEach(listed::add);
        assertThat(listed).containsExactlyElementsOf(
            model.entrySet().stream().map(e -> new TrieEntry(e.getKey(), e.getValue())).toList());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void neighbourSearchesAgreeWithASortedMap(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<Bytes, Bytes> model = new TreeMap<>();
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    for (int i = 0; i < 60; i++) {
      Bytes key = TrieFixtures.crowdedKey(random);
      Bytes value = TrieFixtures.value(random);
      model.put(key, value);
      trie.put(key, value);
    }
    for (int i = 0; i < 500; i++) {
      Bytes probe = TrieFixtures.crowdedKey(random);
      assertThat(trie.higherEntry(probe).map(TrieEntry::key)).isEqualTo(Optional.ofNullable(model.higherKey(probe)));
      assertThat(trie.ceilingEntry(probe).map(TrieEntry::key)).isEqualTo(Optional.ofNullable(model.ceilingKey(probe)));
      assertThat(trie.lowerEntry(probe).map(TrieEntry::key)).isEqualTo(Optional.ofNullable(model.lowerKey(probe)));
      assertThat(trie.floorEntry(probe).map(TrieEntry::key)).isEqualTo(Optional.ofNullable(model.floorKey(probe)));
    }
    assertThat(trie.firstEntry().map(TrieEntry::key)).contains(model.firstKey());
    assertThat(trie.lastEntry().map(TrieEntry::key)).contains(model.lastKey());
    List<Bytes> tail = new ArrayList<>();
    Bytes from = TrieFixtures.crowdedKey(random);
    trie.entriesFrom(from).forEachRemaining(e -> tail.add(e.key()));
    assertThat(tail).containsExactlyElementsOf(model.tailMap(from, true).keySet());
  }

  @Test
  void refusesANullValue() {
    assertThatThrownBy(() -> MerklePatriciaTrie.inMemory().put(text("k"), null)).isInstanceOf(NullPointerException.class);
  }
}
