package io.converge.ai.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A small, versioned set of compliance rules that ships alongside the model. The version is recorded with every decision
 * so an auditor can tell which rules applied.
 *
 * @param amountLimit transfers above this amount are a hit (0 disables)
 * @param velocityLimit more than this many transfers from one sender inside {@code velocityWindow} is a hit (0 disables)
 * @param travelRuleThreshold at or above this amount a transfer needs a matching originator/beneficiary record
 */
public record RuleSet(String version, SanctionsList sanctions, double amountLimit, int velocityLimit,
    Duration velocityWindow, double travelRuleThreshold) {
  public RuleSet {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sanctions, "sanctions");
    Objects.requireNonNull(velocityWindow, "velocityWindow");
    if (version.isBlank() || amountLimit < 0 || velocityLimit < 0 || velocityWindow.isNegative()
        || velocityWindow.isZero() || travelRuleThreshold < 0) {
      throw new IllegalArgumentException("invalid rule set: version='" + version + "' amountLimit=" + amountLimit
          + " velocityLimit=" + velocityLimit + " window=" + velocityWindow + " travel=" + travelRuleThreshold);
    }
  }

  /**
   * Reads a properties file ({@code rules.version}, {@code rules.sanctions.files} comma-separated and relative to the
   * file, {@code rules.amount.limit}, {@code rules.velocity.limit}, {@code rules.velocity.window} as ISO-8601 duration,
   * {@code rules.travel.threshold}).
   */
  public static RuleSet load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    String version = required(p, "rules.version", file);
    List<Path> lists = new ArrayList<>();
    for (String s : p.getProperty("rules.sanctions.files", "").split(",")) {
      if (!s.isBlank()) {
        lists.add(file.toAbsolutePath().getParent().resolve(s.strip()));
      }
    }
    try {
      return new RuleSet(version, SanctionsList.load(lists),
          Double.parseDouble(p.getProperty("rules.amount.limit", "0")),
          Integer.parseInt(p.getProperty("rules.velocity.limit", "0")),
          Duration.parse(p.getProperty("rules.velocity.window", "PT1H")),
          Double.parseDouble(p.getProperty("rules.travel.threshold", "1000")));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static String required(Properties p, String key, Path file) throws IOException {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IOException(file + ": missing " + key);
    }
    return v.strip();
  }
}
