package io.converge.referencetests;

/** One runnable case of a fixture file, e.g. one (test name, fork, index) of a state test. */
public interface FixtureCase {

  /** A stable identifier, unique within its file: {@code name}, or {@code name[fork][index]}. */
  String name();

  /** Runs the case. Implementations return a failure rather than throw for a wrong result. */
  Outcome run();
}
