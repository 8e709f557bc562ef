package io.converge.rpc.subscription;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A subscription's id: random, hex with 0x and no leading zeros, as Geth writes them. */
public record SubscriptionId(String value) {
  private static final Pattern FORMAT = Pattern.compile("0x(0|[1-9a-f][0-9a-f]{0,31})");

  public SubscriptionId {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a subscription id: " + value);
    }
  }

  /** 128 random bits; the generator should be a SecureRandom so ids cannot be guessed. */
  public static SubscriptionId random(RandomGenerator random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String digits = HexFormat.of().formatHex(bytes).replaceFirst("^0+", "");
    return new SubscriptionId("0x" + (digits.isEmpty() ? "0" : digits));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }
}
