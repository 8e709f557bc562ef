package io.converge.referencetests;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** {@code ethereum-tests/DifficultyTests}: every vector (under a second in all), one dynamic test each. */
class DifficultyFixturesTest {
  @TestFactory
  Stream<DynamicNode> difficultyTests() throws IOException {
    return FixtureTests.forFolder("DifficultyTests", p -> true);
  }
}
