package io.converge.referencetests.rlp;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code ethereum-tests/RLPTests}. Not implemented yet: loading a file fails, so every case counts as failed. */
public final class RlpSuite implements FixtureSuite {
  @Override
  public String folder() {
    return "RLPTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    throw new IOException("the RLPTests runner is not implemented yet");
  }
}
