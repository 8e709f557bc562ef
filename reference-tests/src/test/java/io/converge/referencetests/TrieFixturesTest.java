package io.converge.referencetests;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The official trie fixtures: every file of {@code TrieTests}, nothing skipped. */
class TrieFixturesTest {
  @TestFactory
  Stream<DynamicNode> trieTests() throws IOException {
    return FixtureTests.forFolder("TrieTests", p -> true);
  }
}
