package io.converge.chain.config;

/** A genesis file that cannot be used: names the field (as a JSON path) and what is wrong with it. */
public final class GenesisConfigException extends Exception {
  private final String field;

  public GenesisConfigException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public GenesisConfigException(String field, String problem, Throwable cause) {
    super(field + ": " + problem, cause);
    this.field = field;
  }

  /** The offending field, e.g. {@code config.londonBlock} or {@code alloc.0x…ab.balance}. */
  public String field() {
    return field;
  }
}
