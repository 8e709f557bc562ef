package io.converge.referencetests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One family of official fixtures (RLPTests, TrieTests, ...). A suite turns a fixture file into cases; it never decides
 * which files exist — {@link Conformance} finds them.
 */
public interface FixtureSuite {

  /** The folder under {@code ethereum-tests/} whose files this suite runs, e.g. {@code "RLPTests"}. */
  String folder();

  /** Whether {@code file} (somewhere under {@link #folder()}) holds fixtures of this suite. */
  default boolean accepts(Path file) {
    return file.getFileName().toString().endsWith(".json");
  }

  /** Reads one fixture file into runnable cases. A file that cannot be parsed is an error, not an empty list. */
  List<FixtureCase> load(Path file) throws IOException;
}
