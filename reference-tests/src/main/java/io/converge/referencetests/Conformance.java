package io.converge.referencetests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds fixture files under a directory and runs each with the suite that owns it. A file no suite owns is reported
 * as a failure: a caller who points us at fixtures must learn that they were not run.
 */
public final class Conformance {
  private final List<FixtureSuite> suites;

  public Conformance(List<FixtureSuite> suites) {
    this.suites = List.copyOf(suites);
  }

  /** Totals of a run. */
  public record Summary(long passed, long failed) {
    /** The closing line that tools outside the project parse. */
    public String line() {
      return passed + " passed, " + failed + " failed";
    }
  }

  /** All fixture files below {@code root}, sorted so that runs are reproducible. */
  public static List<Path> fixtureFiles(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  /** The suite that owns {@code file}: the one whose folder is the nearest enclosing directory name. */
  public Optional<FixtureSuite> suiteFor(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    for (Path p = abs.getParent(); p != null; p = p.getParent()) {
      if (p.getFileName() == null) {
        break;
      }
      String dir = p.getFileName().toString();
      for (FixtureSuite suite : suites) {
        if (suite.folder().equals(dir) && suite.accepts(abs)) {
          return Optional.of(suite);
        }
      }
    }
    return Optional.empty();
  }

  /** Loads the cases of one file; a file that cannot be loaded becomes one failing case. */
  public List<FixtureCase> casesOf(Path file) {
    Optional<FixtureSuite> suite = suiteFor(file);
    if (suite.isEmpty()) {
      return List.of(failing(file.getFileName().toString(), "no runner for this fixture folder"));
    }
    try {
      return suite.get().load(file);
    } catch (IOException | RuntimeException e) {
      return List.of(failing(file.getFileName().toString(), "cannot load fixture: " + e));
    }
  }

  /** Runs every case under {@code root}, reporting each to {@code sink}. */
  public Summary run(Path root, Consumer<CaseReport> sink) throws IOException {
    long passed = 0;
    long failed = 0;
    for (Path file : fixtureFiles(root)) {
      for (FixtureCase c : casesOf(file)) {
        Outcome outcome = runGuarded(c);
        sink.accept(new CaseReport(file, c.name(), outcome));
        if (outcome.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    return new Summary(passed, failed);
  }

  /** Runs a case, turning an escaped exception into a failure that names it. */
  public static Outcome runGuarded(FixtureCase c) {
    try {
      return c.run();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Outcome.fail("exception: " + e);
    }
  }

  private static FixtureCase failing(String name, String reason) {
    return new FixtureCase() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Outcome run() {
        return Outcome.fail(reason);
      }
    };
  }

  /** Lists cases for callers that want them eagerly (the JUnit factories). */
  public List<FixtureCase> allCases(Path root) throws IOException {
    List<FixtureCase> out = new ArrayList<>();
    for (Path file : fixtureFiles(root)) {
      out.addAll(casesOf(file));
    }
    return out;
  }
}
