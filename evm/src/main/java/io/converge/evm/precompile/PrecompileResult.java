package io.converge.evm.precompile;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** What a precompile call produced: output data, or an exceptional halt with the reason. */
public sealed interface PrecompileResult {
  static PrecompileResult success(byte[] output) {
    return new Success(output);
  }

  static PrecompileResult failure(String reason) {
    return new Failure(reason);
  }

  /**
   * Output data (possibly empty). The array belongs to the result: callers copy it into memory or return data and do
   * not modify it.
   */
  record Success(byte[] output) implements PrecompileResult {
    public Success {
      Objects.requireNonNull(output, "output");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Success s && Arrays.equals(output, s.output);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(output);
    }

    @Override
    public String toString() {
      return "Success[0x" + HexFormat.of().formatHex(output) + "]";
    }
  }

  /** The call halts exceptionally: all gas passed to it is consumed and nothing is returned. */
  record Failure(String reason) implements PrecompileResult {
    public Failure {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
