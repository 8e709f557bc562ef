package io.converge.types;

import java.util.HexFormat;

/** Hex text at the edges of the system (fixtures, RPC, CLI). The core passes bytes, never hex strings. */
public final class Hex {
  private static final HexFormat HEX = HexFormat.of();

  private Hex() {}

  /** Decodes hex with or without a {@code 0x} prefix. */
  public static byte[] decode(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if ((digits.length() & 1) != 0) {
      throw new IllegalArgumentException("odd number of hex digits: " + abbreviate(hex));
    }
    try {
      return HEX.parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not hex: " + abbreviate(hex), e);
    }
  }

  public static String encode(byte[] bytes) {
    return "0x" + HEX.formatHex(bytes);
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
