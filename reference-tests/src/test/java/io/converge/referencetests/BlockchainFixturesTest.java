package io.converge.referencetests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ethereum-tests/BlockchainTests}, one dynamic test per test. {@code mvn verify} runs about one file in
 * {@value #STRIDE} (chosen by a hash of the relative path, so the same on every machine) plus all of TransitionTests
 * (the only pre-merge and fork-transition cases); {@code -Dconverge.fullConformance=true} runs every file (a few
 * seconds on 2 cores).
 */
class BlockchainFixturesTest {
  private static final String FOLDER = "BlockchainTests";
  static final int STRIDE = 3;

  @TestFactory
  Stream<DynamicNode> blockchainTests() throws IOException {
    if (Boolean.getBoolean("converge.fullConformance")) {
      return FixtureTests.forFolder(FOLDER, p -> true);
    }
    return FixtureTests.forFolder(FOLDER, BlockchainFixturesTest::inSubset);
  }

  private static boolean inSubset(Path relative) {
    if (relative.getName(0).toString().equals("TransitionTests")) {
      return true;
    }
    return Math.floorMod(relative.toString().hashCode(), STRIDE) == 0;
  }
}
