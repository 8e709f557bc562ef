package io.converge.ai.policy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A node's score thresholds: at or above {@code flag} a transfer is flagged, above {@code hold} held for review, above
 * {@code reject} rejected. {@code flagNovel} flags isolation-forest outliers the classifier did not score highly.
 */
public record PolicyConfig(double flag, double hold, double reject, boolean flagNovel) {
  public PolicyConfig {
    if (!(0 < flag && flag <= hold && hold <= reject && reject <= 1)) {
      throw new IllegalArgumentException(
          "need 0 < flag <= hold <= reject <= 1, got flag=" + flag + " hold=" + hold + " reject=" + reject);
    }
  }

  /** Flag at the model's own threshold, hold when fairly sure, reject only when nearly certain. */
  public static PolicyConfig forModelThreshold(double threshold) {
    return new PolicyConfig(threshold, Math.max(threshold, 0.9), Math.max(threshold, 0.99), true);
  }

  /** Reads {@code policy.flag}, {@code policy.hold}, {@code policy.reject}, {@code policy.flag-novel}. */
  public static PolicyConfig load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    try {
      return new PolicyConfig(Double.parseDouble(p.getProperty("policy.flag", "0.5")),
          Double.parseDouble(p.getProperty("policy.hold", "0.9")),
          Double.parseDouble(p.getProperty("policy.reject", "0.99")),
          Boolean.parseBoolean(p.getProperty("policy.flag-novel", "true")));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
