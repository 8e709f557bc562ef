package io.converge.referencetests;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The official RLPTests: valid encodings both ways, invalid ones rejected, random ones round-tripped. */
class RlpFixturesTest {

  @TestFactory
  Stream<DynamicNode> rlpTests() throws IOException {
    return FixtureTests.forFolder("RLPTests", p -> true);
  }
}
