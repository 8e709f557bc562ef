package io.converge.referencetests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ethereum-tests/GeneralStateTests}, one dynamic test per (test, fork, indexes). {@code mvn verify} runs a
 * representative subset — all of VMTests and every {@value #STRIDE}th file of each other folder, by sorted path, so the
 * choice is the same on every machine, minus the few files that alone take minutes ({@link #TOO_SLOW_FOR_VERIFY});
 * {@code -Dconverge.fullConformance=true} (or {@code -Pfull-conformance}) runs every file.
 */
class GeneralStateFixturesTest {
  private static final String FOLDER = "GeneralStateTests";
  /** One file in this many per folder outside VMTests. */
  static final int STRIDE = 4;

  /** Files that take from 45 s to 3 min each on 2 cores (billions of Blake2 rounds, 50,000 calls, MUL loops). */
  static final Set<Path> TOO_SLOW_FOR_VERIFY = Set.of(
      Path.of("stTimeConsuming", "CALLBlake2f_MaxRounds.json"),
      Path.of("stTimeConsuming", "static_Call50000_sha256.json"),
      Path.of("VMTests", "vmPerformance", "loopMul.json"));

  @TestFactory
  Stream<DynamicNode> generalStateTests() throws IOException {
    if (Boolean.getBoolean("converge.fullConformance")) {
      return FixtureTests.forFolder(FOLDER, p -> true);
    }
    Set<Path> subset = SharedFixtures.ethereumTests()
        .map(root -> representativeSubset(root.resolve(FOLDER)))
        .orElse(Set.of());
    return FixtureTests.forFolder(FOLDER, subset::contains);
  }

  /**
   * Paths relative to {@code dir}: every file under VMTests, and from each other leaf folder (e.g. {@code stSStoreTest},
   * {@code Cancun/stEIP1153-transientStorage}) the first file and every {@value #STRIDE}th after it.
   */
  static Set<Path> representativeSubset(Path dir) {
    Map<Path, List<Path>> byFolder = new TreeMap<>();
    try {
      for (Path file : Conformance.fixtureFiles(dir)) {
        Path rel = dir.relativize(file);
        Path folder = rel.getParent() == null ? Path.of("") : rel.getParent();
        byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(rel);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir, e);
    }
    Set<Path> chosen = new HashSet<>();
    byFolder.forEach((folder, files) -> {
      boolean vmTests = folder.getNameCount() > 0 && folder.getName(0).toString().equals("VMTests");
      for (int i = 0; i < files.size(); i++) {
        if ((vmTests || i % STRIDE == 0) && !TOO_SLOW_FOR_VERIFY.contains(files.get(i))) {
          chosen.add(files.get(i));
        }
      }
    });
    return chosen;
  }
}
