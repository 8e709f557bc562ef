package io.converge.referencetests.state;

import io.converge.evm.tracing.Tracer;
import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.Outcome;
import java.util.Objects;

/** One (test, fork, indexes) of a state test file, named {@code test[Fork][d,g,v]}. */
public final class StateTestCase implements FixtureCase {
  private final StateTest test;
  private final StateTest.Post post;
  private final PreState pre;
  private final Processors processors;

  StateTestCase(StateTest test, StateTest.Post post, PreState pre, Processors processors) {
    this.test = Objects.requireNonNull(test, "test");
    this.post = Objects.requireNonNull(post, "post");
    this.pre = Objects.requireNonNull(pre, "pre");
    this.processors = Objects.requireNonNull(processors, "processors");
  }

  @Override
  public String name() {
    return test.name() + "[" + post.forkName() + "][" + post.indexes() + "]";
  }

  public String testName() {
    return test.name();
  }

  public String forkName() {
    return post.forkName();
  }

  /** The post's indexes into the template's data, gas limit and value lists: {@code d,g,v}. */
  public String indexes() {
    return post.indexes();
  }

  @Override
  public Outcome run() {
    StateTestResult r = execute(null);
    return r.pass() ? Outcome.pass() : Outcome.fail(r.error().orElse("failed"));
  }

  /** Runs the case, tracing every operation to {@code tracer} if it is not null. */
  public StateTestResult execute(Tracer tracer) {
    return StateTestRunner.run(test, post, pre, processors, tracer);
  }
}
