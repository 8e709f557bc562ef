package io.converge.ai.model;

/** A model directory that must not be used: a file's SHA-256 differs from its metadata, or the metadata is unusable. */
public final class ModelIntegrityException extends Exception {
  private final String expected;
  private final String actual;

  public ModelIntegrityException(String message, String expected, String actual) {
    super(message + " (expected " + expected + ", actual " + actual + ")");
    this.expected = expected;
    this.actual = actual;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
