package io.converge.ai.data;

/** A CSV row that could not be used, with the 1-based line number a user can jump to. */
public record RowError(String file, long line, String reason) {
  public RowError {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
