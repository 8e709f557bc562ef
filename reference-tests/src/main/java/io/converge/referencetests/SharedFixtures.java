package io.converge.referencetests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates {@code ../shared/ethereum-tests}: the system property {@code converge.shared.dir}, else {@code ../shared}. */
public final class SharedFixtures {
  private SharedFixtures() {}

  public static Optional<Path> ethereumTests() {
    String configured = System.getProperty("converge.shared.dir");
    Path shared = configured != null ? Path.of(configured) : Path.of("..", "shared");
    Path tests = shared.resolve("ethereum-tests").toAbsolutePath().normalize();
    return Files.isDirectory(tests) ? Optional.of(tests) : Optional.empty();
  }
}
