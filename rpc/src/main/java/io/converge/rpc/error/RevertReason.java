package io.converge.rpc.error;

import io.converge.types.Bytes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Turns revert data into Geth's message: {@code Error(string)} and {@code Panic(uint256)} are decoded, the rest left raw. */
final class RevertReason {
  private static final Bytes ERROR_SELECTOR = Bytes.fromHex("0x08c379a0");
  private static final Bytes PANIC_SELECTOR = Bytes.fromHex("0x4e487b71");
  private static final int WORD = 32;

  // Solidity's panic codes, worded as Geth words them.
  private static final Map<Integer, String> PANICS = Map.of(
      0x00, "generic panic",
      0x01, "assert(false)",
      0x11, "arithmetic underflow or overflow",
      0x12, "division or modulo by zero",
      0x21, "enum overflow",
      0x22, "invalid encoded storage byte array accessed",
      0x31, "out-of-bounds array access; popping on an empty array",
      0x32, "out-of-bounds access of an array or bytesN",
      0x41, "out of memory",
      0x51, "uninitialized function");

  private RevertReason() {}

  static String message(Bytes data) {
    String reason = decode(data);
    return reason == null ? "execution reverted" : "execution reverted: " + reason;
  }

  /** The human-readable reason, or null when the data is not a well-formed Error or Panic. */
  static String decode(Bytes data) {
    if (data.size() < 4) {
      return null;
    }
    Bytes selector = data.slice(0, 4);
    byte[] body = data.slice(4, data.size()).unsafeArray();
    if (selector.equals(ERROR_SELECTOR)) {
      return decodeString(body);
    }
    if (selector.equals(PANIC_SELECTOR) && body.length == WORD) {
      BigInteger code = new BigInteger(1, body);
      String known = code.bitLength() <= 8 ? PANICS.get(code.intValue()) : null;
      return known != null ? known : "unknown panic code: 0x" + code.toString(16);
    }
    return null;
  }

  private static String decodeString(byte[] body) {
    if (body.length < 2 * WORD) {
      return null;
    }
    BigInteger offset = word(body, 0);
    if (offset.compareTo(BigInteger.valueOf(body.length - WORD)) > 0) {
      return null;
    }
    int lengthAt = offset.intValueExact();
    BigInteger length = word(body, lengthAt);
    int start = lengthAt + WORD;
    if (length.compareTo(BigInteger.valueOf(body.length - start)) > 0) {
      return null;
    }
    return new String(body, start, length.intValueExact(), StandardCharsets.UTF_8);
  }

  private static BigInteger word(byte[] body, int at) {
    byte[] w = new byte[WORD];
    System.arraycopy(body, at, w, 0, WORD);
    return new BigInteger(1, w);
  }
}
