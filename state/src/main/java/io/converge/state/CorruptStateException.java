package io.converge.state;

/** The database holds bytes that cannot be a valid account or storage value: a bug or a damaged disk. */
public final class CorruptStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorruptStateException(String message, Throwable cause) {
    super(message, cause);
  }
}
