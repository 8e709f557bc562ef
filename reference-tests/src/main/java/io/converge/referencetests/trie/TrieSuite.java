package io.converge.referencetests.trie;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code ethereum-tests/TrieTests}. Not implemented yet: loading a file fails, so every case counts as failed. */
public final class TrieSuite implements FixtureSuite {
  @Override
  public String folder() {
    return "TrieTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    throw new IOException("the TrieTests runner is not implemented yet");
  }
}
