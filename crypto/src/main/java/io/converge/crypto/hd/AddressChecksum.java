package io.converge.crypto.hd;

import io.converge.crypto.hash.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * EIP-55 mixed-case checksum encoding: hex letter i is upper case when nibble i of keccak256 of the
 * lower-case hex (as ASCII) is 8 or more. A mistyped address then fails the check with probability
 * about 99.98%, while staying readable by parsers that ignore case.
 */
public final class AddressChecksum {
  private AddressChecksum() {}

  /** What {@link #verify} found. */
  public sealed interface Verdict {
    /** The letters' case matches the checksum. */
    record Valid(AccountAddress address) implements Verdict {
      public Valid {
        Objects.requireNonNull(address, "address");
      }
    }

    /** Not "0x" followed by 40 hex digits. */
    record Malformed(String reason) implements Verdict {
      public Malformed {
        Objects.requireNonNull(reason, "reason");
      }
    }

    /** A well-formed address whose case disagrees with its checksum: likely a typo. */
    record ChecksumMismatch(String expected, String actual) implements Verdict {
      public ChecksumMismatch {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
      }
    }
  }

  /** "0x" followed by the EIP-55 encoding of the 20 bytes. */
  public static String toChecksumHex(byte[] address20) {
    if (address20.length != AccountAddress.SIZE) {
      throw new IllegalArgumentException("an address is 20 bytes, got " + address20.length);
    }
    String lower = HexFormat.of().formatHex(address20);
    byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder(42).append("0x");
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int nibble = (hash[i / 2] >>> (i % 2 == 0 ? 4 : 0)) & 0xf;
      out.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  /**
   * Whether {@code address} is "0x" plus 40 hex digits whose case is exactly the EIP-55 encoding.
   * An all-lower or all-upper address passes only when its checksum happens to say so; callers that
   * accept unchecksummed input should test for that themselves.
   */
  public static boolean isValidChecksum(String address) {
    return verify(address) instanceof Verdict.Valid;
  }

  /** Like {@link #isValidChecksum} but says what is wrong, for messages to a user. */
  public static Verdict verify(String address) {
    Objects.requireNonNull(address, "address");
    if (!address.startsWith("0x")) {
      return new Verdict.Malformed("an address starts with 0x");
    }
    String digits = address.substring(2);
    if (digits.length() != 2 * AccountAddress.SIZE) {
      return new Verdict.Malformed(
          "an address has 40 hex digits after 0x, this one has " + digits.length());
    }
    if (!digits.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
      return new Verdict.Malformed("an address has only hex digits (0-9, a-f, A-F) after 0x");
    }
    byte[] bytes = HexFormat.of().parseHex(digits.toLowerCase(Locale.ROOT));
    String expected = toChecksumHex(bytes);
    return expected.equals(address)
        ? new Verdict.Valid(new AccountAddress(bytes))
        : new Verdict.ChecksumMismatch(expected, address);
  }
}
