package io.converge.evm.precompile;

import java.math.BigInteger;

/**
 * Reading precompile input the way the EVM defines it: as if followed by infinitely many zero bytes, so a short input
 * reads as zero-padded and never fails for being short.
 */
final class Input {
  private Input() {}

  /** {@code length} bytes from {@code offset}, zero where the input ends; {@code offset} may be beyond the input. */
  static byte[] slice(byte[] input, long offset, int length) {
    byte[] out = new byte[length];
    if (offset < input.length) {
      int start = (int) offset;
      System.arraycopy(input, start, out, 0, Math.min(length, input.length - start));
    }
    return out;
  }

  /** The first {@code length} bytes, zero-padded or truncated. */
  static byte[] padded(byte[] input, int length) {
    return slice(input, 0, length);
  }

  /** A 32-byte big-endian unsigned word at {@code offset}. */
  static BigInteger word(byte[] input, long offset) {
    return new BigInteger(1, slice(input, offset, 32));
  }

  /** Number of 32-byte words needed to hold {@code length} bytes, rounded up. */
  static long words(int length) {
    return (length + 31L) / 32;
  }

  /** {@code value} left-padded with zeros to {@code length} bytes (value must fit). */
  static byte[] leftPad(byte[] value, int length) {
    byte[] out = new byte[length];
    System.arraycopy(value, 0, out, length - value.length, value.length);
    return out;
  }

  /** The unsigned big-endian encoding of a non-negative value in exactly {@code length} bytes (it must fit). */
  static byte[] unsigned(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] out = new byte[length];
    System.arraycopy(raw, skip, out, length - (raw.length - skip), raw.length - skip);
    return out;
  }
}
