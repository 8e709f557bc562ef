package io.converge.storage;

/**
 * The database failed underneath us (I/O error, corruption, disk full) or holds bytes its codec cannot read. Nothing a
 * caller can fix by retrying with other arguments, hence unchecked.
 */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
