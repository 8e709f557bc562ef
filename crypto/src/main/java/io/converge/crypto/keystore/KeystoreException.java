package io.converge.crypto.keystore;

import java.util.Objects;

/** A key file could not be read or decrypted; {@link #problem()} says why. */
public final class KeystoreException extends Exception {
  private final transient KeystoreProblem problem;

  public KeystoreException(KeystoreProblem problem) {
    super(Objects.requireNonNull(problem, "problem").describe());
    this.problem = problem;
  }

  public KeystoreProblem problem() {
    return problem;
  }
}
