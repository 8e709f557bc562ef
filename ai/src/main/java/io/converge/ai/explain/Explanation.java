package io.converge.ai.explain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The top reasons behind a score and the model that produced it, for a compliance officer. */
public record Explanation(List<Reason> reasons, String modelHash) {
  public Explanation {
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(modelHash, "modelHash");
  }

  /** Reasons as sentences, strongest first, separated by semicolons. */
  public String text() {
    return reasons.stream().map(Reason::sentence).collect(Collectors.joining("; "));
  }
}
