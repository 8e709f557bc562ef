package io.converge.rpc.param;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The named blocks a caller may ask for instead of a number or hash. */
public enum BlockTag implements BlockParameter {
  EARLIEST,
  LATEST,
  PENDING,
  SAFE,
  FINALIZED;

  /** The tag as written on the wire, e.g. {@code "latest"}. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<BlockTag> fromJsonName(String text) {
    for (BlockTag tag : values()) {
      if (tag.jsonName().equals(text)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }
}
