package io.converge.acceptance;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where Maven put the JavaScript project and the compiled contracts (system properties set in the module's pom). */
final class AcceptanceFiles {
  private AcceptanceFiles() {}

  static Path jsDir() {
    return existing(Path.of(System.getProperty("converge.js.dir", "src/test/js")));
  }

  static Path tokenArtifact() {
    return existing(Path.of(System.getProperty("converge.contracts.dir", "target/contracts"), "AcceptanceToken.json"));
  }

  private static Path existing(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalStateException(path.toAbsolutePath()
          + " is missing: run the module through Maven (generate-test-resources runs npm ci and compile.mjs)");
    }
    return path.toAbsolutePath();
  }
}
