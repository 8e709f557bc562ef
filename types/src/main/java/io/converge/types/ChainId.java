package io.converge.types;

/**
 * The chain a transaction is meant for (EIP-155). Typed transactions carry it as a 64-bit field; EIP-2294 bounds it
 * further, so a non-negative {@code long} holds every chain id that can be replay-protected.
 */
public record ChainId(long value) {
  public static final ChainId MAINNET = new ChainId(1);

  public ChainId {
    if (value < 0) {
      throw new IllegalArgumentException("chain id must be in [0, 2^63), got " + Long.toUnsignedString(value));
    }
  }

  public static ChainId of(long value) {
    return new ChainId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
