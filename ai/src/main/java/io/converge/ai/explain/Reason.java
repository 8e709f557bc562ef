package io.converge.ai.explain;

import io.converge.ai.feature.Feature;
import java.util.Objects;

/**
 * One reason a transfer scored as it did.
 *
 * @param contribution the feature's share of the log-odds (TreeSHAP); positive raised the score
 */
public record Reason(Feature feature, double value, double contribution, String sentence) {
  public Reason {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(sentence, "sentence");
  }
}
