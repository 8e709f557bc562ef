package io.converge.chain;

import io.converge.types.Hash;

/** The database holds a chain with another genesis than the one configured. */
public final class GenesisMismatchException extends Exception {
  private final Hash stored;
  private final Hash configured;

  public GenesisMismatchException(Hash stored, Hash configured) {
    super("the database holds a chain with genesis " + stored + " but the configured genesis is " + configured);
    this.stored = stored;
    this.configured = configured;
  }

  public Hash stored() {
    return stored;
  }

  public Hash configured() {
    return configured;
  }
}
