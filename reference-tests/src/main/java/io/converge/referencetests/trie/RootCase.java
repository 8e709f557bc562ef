package io.converge.referencetests.trie;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.Outcome;
import io.converge.trie.MerklePatriciaTrie;
import io.converge.trie.SecureTrie;
import io.converge.trie.Trie;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Applies puts and deletes to an empty trie and compares the root. For a test whose input is a map, order must not
 * matter: the case also tries the reversed order and seeded shuffles, and each must give the same root.
 */
record RootCase(String name, boolean secure, boolean anyOrder, List<Operation> operations, Hash expectedRoot)
    implements FixtureCase {
  private static final int SHUFFLES = 8;

  /** Sets {@code key} to {@code value}, or deletes it when {@code value} is null. */
  record Operation(Bytes key, Bytes value) {
    Operation {
      Objects.requireNonNull(key, "key");
    }
  }

  RootCase {
    operations = List.copyOf(operations);
  }

  @Override
  public Outcome run() {
    Outcome given = expectRoot("root", operations);
    if (!given.passed() || !anyOrder) {
      return given;
    }
    List<Operation> reordered = new ArrayList<>(operations);
    Collections.reverse(reordered);
    Outcome reversed = expectRoot("root after inserting in reverse order", reordered);
    if (!reversed.passed()) {
      return reversed;
    }
    Random random = new Random(name.hashCode());
    for (int i = 0; i < SHUFFLES; i++) {
      Collections.shuffle(reordered, random);
      Outcome shuffled = expectRoot("root after inserting in order " + reordered, reordered);
      if (!shuffled.passed()) {
        return shuffled;
      }
    }
    return Outcome.pass();
  }

  private Outcome expectRoot(String what, List<Operation> ops) {
    Trie trie = secure ? SecureTrie.inMemory() : MerklePatriciaTrie.inMemory();
    for (Operation op : ops) {
      if (op.value() == null) {
        trie.remove(op.key());
      } else {
        trie.put(op.key(), op.value());
      }
    }
    return Outcome.expectEqual(what, expectedRoot, trie.rootHash());
  }
}
