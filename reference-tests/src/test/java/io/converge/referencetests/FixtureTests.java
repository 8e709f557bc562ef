package io.converge.referencetests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/** Turns a fixture folder into JUnit dynamic tests: a container per file, a test per case, and a pass/total line. */
final class FixtureTests {
  private FixtureTests() {}

  static Stream<DynamicNode> forFolder(String folder, Predicate<Path> include) throws IOException {
    Optional<Path> root = SharedFixtures.ethereumTests();
    assumeTrue(root.isPresent(), "../shared/ethereum-tests is absent: the official fixtures cannot be run here");
    Conformance conformance = new Conformance(Suites.all());
    Path dir = root.get().resolve(folder);
    AtomicLong passed = new AtomicLong();
    AtomicLong total = new AtomicLong();
    List<DynamicNode> files = new ArrayList<>();
    for (Path file : Conformance.fixtureFiles(dir)) {
      if (!include.test(dir.relativize(file))) {
        continue;
      }
      List<DynamicNode> cases = new ArrayList<>();
      for (FixtureCase c : conformance.casesOf(file)) {
        cases.add(DynamicTest.dynamicTest(c.name(), () -> {
          Outcome outcome = Conformance.runGuarded(c);
          total.incrementAndGet();
          if (outcome.passed()) {
            passed.incrementAndGet();
          }
          assertTrue(outcome.passed(), outcome.reason());
        }));
      }
      files.add(DynamicContainer.dynamicContainer(dir.relativize(file).toString(), cases));
    }
    DynamicTest summary = DynamicTest.dynamicTest("summary", () ->
        System.out.println(folder + ": " + passed.get() + " passed, " + (total.get() - passed.get()) + " failed"));
    return Stream.concat(files.stream(), Stream.of(summary));
  }
}
