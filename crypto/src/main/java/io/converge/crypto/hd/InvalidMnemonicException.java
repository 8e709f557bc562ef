package io.converge.crypto.hd;

import java.util.Objects;

/** A phrase a user typed is not a valid mnemonic; {@link #problem()} says why. */
public final class InvalidMnemonicException extends Exception {
  private final transient MnemonicProblem problem;

  public InvalidMnemonicException(MnemonicProblem problem) {
    super(Objects.requireNonNull(problem, "problem").describe());
    this.problem = problem;
  }

  public MnemonicProblem problem() {
    return problem;
  }
}
