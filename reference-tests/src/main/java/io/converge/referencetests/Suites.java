package io.converge.referencetests;

import java.util.List;

/** The fixture suites Converge runs. Adding a suite here makes it reachable from the CLI and from {@code mvn verify}. */
public final class Suites {
  private Suites() {}

  public static List<FixtureSuite> all() {
    return List.of(
        new io.converge.referencetests.rlp.RlpSuite(),
        new io.converge.referencetests.trie.TrieSuite(),
        new io.converge.referencetests.transaction.TransactionSuite(),
        new io.converge.referencetests.state.GeneralStateSuite(),
        new io.converge.referencetests.blockchain.BlockchainSuite(),
        new io.converge.referencetests.difficulty.DifficultySuite());
  }
}
