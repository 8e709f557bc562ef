package io.converge.rpc.param;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.Objects;

/** A JSON-RPC quantity: a non-negative integer written as minimal hex ({@code 0x0}, {@code 0x1f}, never {@code 0x01}). */
public record Quantity(BigInteger value) {
  public Quantity {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("quantity must not be negative: " + value);
    }
  }

  public static Quantity of(long value) {
    return new Quantity(BigInteger.valueOf(value));
  }

  /** The minimal hex form of a non-negative long, for results built by hand. */
  public static String hex(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("quantity must not be negative: " + value);
    }
    return "0x" + Long.toHexString(value);
  }

  @JsonValue
  public String toHex() {
    return "0x" + value.toString(16);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
