package io.converge.referencetests;

/** The result of one fixture case; {@code reason} says what differed when it failed. */
public record Outcome(boolean passed, String reason) {
  private static final Outcome PASS = new Outcome(true, "");

  public Outcome {
    if (reason == null) {
      throw new IllegalArgumentException("reason must not be null");
    }
  }

  public static Outcome pass() {
    return PASS;
  }

  public static Outcome fail(String reason) {
    return new Outcome(false, reason);
  }

  /** Fails with "expected X, got Y" when the two differ. */
  public static Outcome expectEqual(String what, Object expected, Object actual) {
    return java.util.Objects.equals(expected, actual)
        ? PASS
        : fail(what + ": expected " + expected + ", got " + actual);
  }
}
