package io.converge.referencetests.transaction;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code ethereum-tests/TransactionTests}. Not implemented yet: loading a file fails, so every case counts as failed. */
public final class TransactionSuite implements FixtureSuite {
  @Override
  public String folder() {
    return "TransactionTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    throw new IOException("the TransactionTests runner is not implemented yet");
  }
}
