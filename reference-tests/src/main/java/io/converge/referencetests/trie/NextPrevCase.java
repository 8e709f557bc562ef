package io.converge.referencetests.trie;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.Outcome;
import io.converge.trie.MerklePatriciaTrie;
import io.converge.trie.TrieEntry;
import io.converge.types.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Inserts keys (each with itself as value) and asks, for each query key, the previous and next key present; an empty
 * string in the fixture means there is none.
 */
record NextPrevCase(String name, List<Bytes> keys, List<Query> queries) implements FixtureCase {

  record Query(Bytes key, Bytes expectedPrev, Bytes expectedNext) {}

  NextPrevCase {
    keys = List.copyOf(keys);
    queries = List.copyOf(queries);
  }

  @Override
  public Outcome run() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    for (Bytes key : keys) {
      trie.put(key, key);
    }
    for (Query q : queries) {
      Outcome prev = Outcome.expectEqual("key before '" + text(q.key()) + "'", text(q.expectedPrev()),
          text(keyOf(trie.lowerEntry(q.key()))));
      if (!prev.passed()) {
        return prev;
      }
      Outcome next = Outcome.expectEqual("key after '" + text(q.key()) + "'", text(q.expectedNext()),
          text(keyOf(trie.higherEntry(q.key()))));
      if (!next.passed()) {
        return next;
      }
    }
    return Outcome.pass();
  }

  private static Bytes keyOf(Optional<TrieEntry> entry) {
    return entry.map(TrieEntry::key).orElse(Bytes.EMPTY);
  }

  private static String text(Bytes b) {
    return new String(b.unsafeArray(), StandardCharsets.UTF_8);
  }
}
