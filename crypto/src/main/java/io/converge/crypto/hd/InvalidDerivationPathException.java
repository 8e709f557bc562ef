package io.converge.crypto.hd;

import java.util.Objects;

/** A derivation path a user wrote cannot be read; {@link #problem()} says why. */
public final class InvalidDerivationPathException extends Exception {
  private final transient DerivationPathProblem problem;

  public InvalidDerivationPathException(DerivationPathProblem problem) {
    super(Objects.requireNonNull(problem, "problem").describe());
    this.problem = problem;
  }

  public DerivationPathProblem problem() {
    return problem;
  }
}
