package io.converge.rlp;

import java.util.Arrays;
import java.util.HexFormat;

/** An RLP byte string. The bytes are copied in and out: the record is immutable. */
public record RlpString(byte[] bytes) implements RlpItem {
  private static final HexFormat HEX = HexFormat.of();

  public RlpString {
    bytes = bytes.clone();
  }

  public static RlpString of(byte... bytes) {
    return new RlpString(bytes);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The backing array, for encoding without a copy; never handed outside the package. */
  byte[] bytesUnsafe() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RlpString other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "0x" + HEX.formatHex(bytes);
  }
}
