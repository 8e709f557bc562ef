package io.converge.referencetests.state;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code ethereum-tests/GeneralStateTests}: one case per (test, fork, indexes) for every fork in the file that
 * the EVM implements; posts for other forks are left out rather than failed.
 */
public final class GeneralStateSuite implements FixtureSuite {
  @Override
  public String folder() {
    return "GeneralStateTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    return new ArrayList<>(cases(file));
  }

  /** The runnable cases of one file, for callers that want the richer {@link StateTestCase}. */
  public static List<StateTestCase> cases(Path file) throws IOException {
    List<StateTestCase> cases = new ArrayList<>();
    Processors processors = new Processors();
    for (StateTest test : StateTestParser.parse(file)) {
      PreState pre = new PreState(test);
      for (StateTest.Post post : test.posts()) {
        if (post.fork().isPresent() && StateTestRunner.supports(post.fork().get())) {
          cases.add(new StateTestCase(test, post, pre, processors));
        }
      }
    }
    return cases;
  }
}
