package io.converge.referencetests.state;

import io.converge.types.Hash;
import java.util.Objects;
import java.util.Optional;

/**
 * What running one (test, fork, indexes) case gave: the roots we computed and, when it failed, why. The CLI prints it
 * as geth's {@code evm statetest} does.
 */
public record StateTestResult(String name, String fork, String indexes, boolean pass, Hash stateRoot, Hash logsHash,
    Optional<String> error) {
  public StateTestResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fork, "fork");
    Objects.requireNonNull(indexes, "indexes");
    Objects.requireNonNull(error, "error");
  }
}
