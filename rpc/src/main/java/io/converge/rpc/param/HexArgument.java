package io.converge.rpc.param;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Geth's hexutil rules for hex arguments, with its exact messages. Typed JSON values (hexutil.Bytes, hexutil.Big,
 * common.Address, ...) wrap decoding errors in "json: cannot unmarshal ... into Go value of type ..."; block numbers
 * report them bare. Clients match on these strings, so they are copied rather than improved.
 */
final class HexArgument {
  static final String EMPTY_STRING = "empty hex string";
  static final String SYNTAX = "invalid hex string";
  static final String MISSING_PREFIX = "hex string without 0x prefix";
  static final String ODD_LENGTH = "hex string of odd length";
  static final String EMPTY_NUMBER = "hex string \"0x\"";
  static final String LEADING_ZERO = "hex number with leading zero digits";
  static final String UINT64_RANGE = "hex number > 64 bits";
  static final String BIG256_RANGE = "hex number > 256 bits";

  private HexArgument() {}

  /** hexutil.Bytes: any even-length hex with 0x; the empty string is the empty byte string. */
  static byte[] bytes(JsonNode node) throws InvalidParamException {
    String goType = "hexutil.Bytes";
    String text = text(node, goType);
    if (text.isEmpty()) {
      return new byte[0];
    }
    String digits = withoutPrefix(text, goType);
    if ((digits.length() & 1) != 0) {
      throw typeError(ODD_LENGTH, goType);
    }
    return decodeDigits(digits, goType);
  }

  /** A fixed-size value such as common.Address or common.Hash. */
  static byte[] fixed(JsonNode node, int size, String goType) throws InvalidParamException {
    String text = text(node, goType);
    String digits = text.isEmpty() ? "" : withoutPrefix(text, goType);
    if ((digits.length() & 1) != 0) {
      throw typeError(ODD_LENGTH, goType);
    }
    if (digits.length() != size * 2) {
      throw new InvalidParamException(
          "hex string has length " + digits.length() + ", want " + size * 2 + " for " + goType);
    }
    return decodeDigits(digits, goType);
  }

  /** hexutil.Big: a quantity of at most 256 bits. Geth reads the empty string as zero, and so do we. */
  static BigInteger bigQuantity(JsonNode node) throws InvalidParamException {
    String goType = "*hexutil.Big";
    String digits = quantityDigits(text(node, goType), goType);
    if (digits.isEmpty()) {
      return BigInteger.ZERO;
    }
    if (digits.length() > 64) {
      throw typeError(BIG256_RANGE, goType);
    }
    return parseHex(digits, goType);
  }

  /** hexutil.Uint64, limited to what a Java long holds since gas, nonces and counts are longs here. */
  static long longQuantity(JsonNode node) throws InvalidParamException {
    String goType = "hexutil.Uint64";
    String digits = quantityDigits(text(node, goType), goType);
    if (digits.isEmpty()) {
      return 0;
    }
    if (digits.length() > 16) {
      throw typeError(UINT64_RANGE, goType);
    }
    BigInteger value = parseHex(digits, goType);
    if (value.bitLength() > 63) {
      throw typeError("hex number > 63 bits", goType);
    }
    return value.longValue();
  }

  /** hexutil.DecodeUint64 as block numbers use it: errors are bare, the empty string is refused. */
  static BigInteger blockNumber(String input) throws InvalidParamException {
    if (input.isEmpty()) {
      throw new InvalidParamException(EMPTY_STRING);
    }
    if (!hasPrefix(input)) {
      throw new InvalidParamException(MISSING_PREFIX);
    }
    String digits = input.substring(2);
    if (digits.isEmpty()) {
      throw new InvalidParamException(EMPTY_NUMBER);
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new InvalidParamException(LEADING_ZERO);
    }
    if (!isHex(digits)) {
      throw new InvalidParamException(SYNTAX);
    }
    if (digits.length() > 16) {
      throw new InvalidParamException(UINT64_RANGE);
    }
    return new BigInteger(digits, 16);
  }

  /** A hash given as bare text (common.Hash.UnmarshalText): errors are not wrapped. */
  static byte[] hashText(String input) throws InvalidParamException {
    if (!hasPrefix(input)) {
      throw new InvalidParamException(MISSING_PREFIX);
    }
    String digits = input.substring(2);
    if (digits.length() != 64) {
      throw new InvalidParamException("hex string has length " + digits.length() + ", want 64 for Hash");
    }
    if (!isHex(digits)) {
      throw new InvalidParamException(SYNTAX);
    }
    return decode(digits);
  }

  static String text(JsonNode node, String goType) throws InvalidParamException {
    if (!node.isTextual()) {
      throw new InvalidParamException("json: cannot unmarshal non-string into Go value of type " + goType);
    }
    return node.textValue();
  }

  /** Go's name for the kind of a JSON value, as encoding/json puts it in type errors. */
  static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "string";
    } else if (node.isNumber()) {
      return "number";
    } else if (node.isBoolean()) {
      return "bool";
    } else if (node.isArray()) {
      return "array";
    } else if (node.isObject()) {
      return "object";
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String quantityDigits(String text, String goType) throws InvalidParamException {
    if (text.isEmpty()) {
      return "";
    }
    String digits = withoutPrefix(text, goType);
    if (digits.isEmpty()) {
      throw typeError(EMPTY_NUMBER, goType);
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw typeError(LEADING_ZERO, goType);
    }
    return digits;
  }

  private static String withoutPrefix(String text, String goType) throws InvalidParamException {
    if (!hasPrefix(text)) {
      throw typeError(MISSING_PREFIX, goType);
    }
    return text.substring(2);
  }

  private static boolean hasPrefix(String text) {
    return text.length() >= 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X');
  }

  private static BigInteger parseHex(String digits, String goType) throws InvalidParamException {
    if (!isHex(digits)) {
      throw typeError(SYNTAX, goType);
    }
    return new BigInteger(digits, 16);
  }

  private static byte[] decodeDigits(String digits, String goType) throws InvalidParamException {
    if (!isHex(digits)) {
      throw typeError(SYNTAX, goType);
    }
    return decode(digits);
  }

  private static byte[] decode(String evenHexDigits) {
    byte[] out = new byte[evenHexDigits.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((Character.digit(evenHexDigits.charAt(2 * i), 16) << 4)
          | Character.digit(evenHexDigits.charAt(2 * i + 1), 16));
    }
    return out;
  }

  private static boolean isHex(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex) {
        return false;
      }
    }
    return true;
  }

  private static InvalidParamException typeError(String reason, String goType) {
    return new InvalidParamException("json: cannot unmarshal " + reason + " into Go value of type " + goType);
  }
}
