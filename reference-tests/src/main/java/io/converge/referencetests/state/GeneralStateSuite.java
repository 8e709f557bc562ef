package io.converge.referencetests.state;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code ethereum-tests/GeneralStateTests}. Not implemented yet: loading a file fails, so every case counts as failed. */
public final class GeneralStateSuite implements FixtureSuite {
  @Override
  public String folder() {
    return "GeneralStateTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    throw new IOException("the GeneralStateTests runner is not implemented yet");
  }
}
