package io.converge.referencetests;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every file of {@code ethereum-tests/TransactionTests}, one dynamic test per (test, fork). */
class TransactionFixturesTest {

  @TestFactory
  Stream<DynamicNode> transactionTests() throws IOException {
    return FixtureTests.forFolder("TransactionTests", path -> true);
  }
}
