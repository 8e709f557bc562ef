package io.converge.trie;

import static io.converge.trie.TrieFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Bytes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OrderedTrieTest {
  @ParameterizedTest
  @CsvSource({"0, 0x80", "1, 0x01", "127, 0x7f", "128, 0x8180", "255, 0x81ff", "256, 0x820100", "65536, 0x83010000"})
  void keysItemsByTheRlpOfTheirIndex(int index, String key) {
    assertThat(OrderedTrie.indexKey(index)).isEqualTo(Bytes.fromHex(key));
  }

  @Test
  void anEmptyListHasTheEmptyRoot() {
    assertThat(OrderedTrie.rootOf(List.of())).isEqualTo(Trie.EMPTY_ROOT);
  }

  @Test
  void rootCoversEveryItemInPosition() {
    List<Bytes> items = new ArrayList<>();
    MerklePatriciaTrie expected = MerklePatriciaTrie.inMemory();
    for (int i = 0; i < 300; i++) {
      items.add(text("item" + i));
      expected.put(OrderedTrie.indexKey(i), text("item" + i));
    }
    assertThat(OrderedTrie.rootOf(items)).isEqualTo(expected.rootHash());
    List<Bytes> swapped = new ArrayList<>(items);
    swapped.set(0, items.get(1));
    swapped.set(1, items.get(0));
    assertThat(OrderedTrie.rootOf(swapped)).isNotEqualTo(expected.rootHash());
  }
}
