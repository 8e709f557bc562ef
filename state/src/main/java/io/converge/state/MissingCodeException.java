package io.converge.state;

import io.converge.types.Hash;

/** An account names code the database does not hold: the state was opened at a root whose data is incomplete. */
public final class MissingCodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingCodeException(Hash codeHash) {
    super("no code with hash " + codeHash + " in the database");
  }
}
