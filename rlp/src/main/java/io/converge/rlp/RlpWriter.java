package io.converge.rlp;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Builds canonical RLP. Not thread-safe; one writer per encoding.
 *
 * <p>A list's header depends on the length of everything inside it, which is unknown when the list starts. Rather than
 * shift bytes when a list ends (quadratic for deep nesting), the writer appends payload bytes only, records where each
 * list started and how long it turned out to be, and splices the headers in once, in {@link #toByteArray()}.
 */
public final class RlpWriter {
  private static final int SHORT_STRING = 0x80;
  private static final int LONG_STRING = 0xb7;
  private static final int SHORT_LIST = 0xc0;
  private static final int LONG_LIST = 0xf7;
  /** Payloads shorter than this take a one-byte header. */
  private static final int SHORT_LIMIT = 56;

  private byte[] buf;
  private int size;

  // Lists in the order they were started (pre-order), so lists that start at the same buffer position nest correctly.
  private int[] listStart = new int[4];
  private int[] listPayload = new int[4];
  private int[] listInnerHeaders = new int[4];
  private int listCount;
  private long headerBytes;

  // Indices into the list arrays of the lists still open, innermost last.
  private int[] open = new int[4];
  private int depth;

  public RlpWriter() {
    this(64);
  }

  /** {@code expectedSize} is a hint for the payload buffer; the writer grows as needed. */
  public RlpWriter(int expectedSize) {
    buf = new byte[Math.max(expectedSize, 16)];
  }

  /** Opens a list; every item written until the matching {@link #endList()} goes inside it. */
  public RlpWriter startList() {
    if (listCount == listStart.length) {
      int n = listCount * 2;
      listStart = Arrays.copyOf(listStart, n);
      listPayload = Arrays.copyOf(listPayload, n);
      listInnerHeaders = Arrays.copyOf(listInnerHeaders, n);
    }
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    listStart[listCount] = size;
    listInnerHeaders[listCount] = 0;
    open[depth++] = listCount++;
    return this;
  }

  /** Closes the innermost open list. */
  public RlpWriter endList() {
    if (depth == 0) {
      throw new IllegalStateException("endList() without a matching startList()");
    }
    int index = open[--depth];
    long payload = (long) size - listStart[index] + listInnerHeaders[index];
    if (payload > Integer.MAX_VALUE) {
      throw new IllegalStateException("list payload of " + payload + " bytes exceeds what RLP readers accept");
    }
    listPayload[index] = (int) payload;
    int header = headerSize((int) payload);
    headerBytes += header;
    if (depth > 0) {
      // The parent's payload holds this list's header and every header nested inside it.
      listInnerHeaders[open[depth - 1]] += header + listInnerHeaders[index];
    }
    return this;
  }

  /** Writes a byte string; a single byte below 0x80 is its own encoding. */
  public RlpWriter writeBytes(byte[] bytes) {
    return writeBytes(bytes, 0, bytes.length);
  }

  /** Writes {@code length} bytes of {@code bytes} from {@code offset} as one byte string. */
  public RlpWriter writeBytes(byte[] bytes, int offset, int length) {
    if (length == 1 && (bytes[offset] & 0xff) < SHORT_STRING) {
      ensure(1);
      buf[size++] = bytes[offset];
      return this;
    }
    ensure(headerSize(length) + length);
    size = putHeader(buf, size, SHORT_STRING, length);
    System.arraycopy(bytes, offset, buf, size, length);
    size += length;
    return this;
  }

  /** Writes {@code value} as an unsigned 64-bit integer: minimal big-endian, zero as the empty string. */
  public RlpWriter writeLong(long value) {
    ensure(9);
    if (value >= 0 && value < SHORT_STRING) {
      buf[size++] = value == 0 ? (byte) SHORT_STRING : (byte) value;
      return this;
    }
    int n = 8 - Long.numberOfLeadingZeros(value) / 8;
    buf[size++] = (byte) (SHORT_STRING + n);
    for (int shift = (n - 1) * 8; shift >= 0; shift -= 8) {
      buf[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  /** Writes a non-negative int; a negative value is a caller bug, not a large unsigned number. */
  public RlpWriter writeInt(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    return writeLong(value);
  }

  /** Writes a non-negative integer of any size, minimal big-endian. */
  public RlpWriter writeBigInteger(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    if (value.bitLength() < 64) {
      return writeLong(value.longValue());
    }
    byte[] twos = value.toByteArray();
    // toByteArray() adds a zero sign byte when the top bit is set; canonical RLP integers have no leading zeros.
    int skip = twos[0] == 0 ? 1 : 0;
    return writeBytes(twos, skip, twos.length - skip);
  }

  /** Appends an item that is already RLP-encoded, unchecked: the caller vouches that it is exactly one valid item. */
  public RlpWriter writeRaw(byte[] alreadyEncodedItem) {
    ensure(alreadyEncodedItem.length);
    System.arraycopy(alreadyEncodedItem, 0, buf, size, alreadyEncodedItem.length);
    size += alreadyEncodedItem.length;
    return this;
  }

  /** The encoding of everything written so far. All lists must be closed. */
  public byte[] toByteArray() {
    if (depth != 0) {
      throw new IllegalStateException(depth + " list(s) still open");
    }
    if (listCount == 0) {
      return Arrays.copyOf(buf, size);
    }
    long total = size + headerBytes;
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("encoding of " + total + " bytes is too large for an array");
    }
    byte[] out = new byte[(int) total];
    int src = 0;
    int dst = 0;
    for (int i = 0; i < listCount; i++) {
      int chunk = listStart[i] - src;
      System.arraycopy(buf, src, out, dst, chunk);
      dst = putHeader(out, dst + chunk, SHORT_LIST, listPayload[i]);
      src = listStart[i];
    }
    System.arraycopy(buf, src, out, dst, size - src);
    return out;
  }

  /** The encoding of one byte string. */
  public static byte[] encodeBytes(byte[] bytes) {
    if (bytes.length == 1 && (bytes[0] & 0xff) < SHORT_STRING) {
      return new byte[] {bytes[0]};
    }
    byte[] out = new byte[headerSize(bytes.length) + bytes.length];
    int at = putHeader(out, 0, SHORT_STRING, bytes.length);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    return out;
  }

  /** The encoding of a list whose items are already encoded. */
  public static byte[] encodeList(byte[]... encodedItems) {
    long payload = 0;
    for (byte[] item : encodedItems) {
      payload += item.length;
    }
    if (payload > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("list payload of " + payload + " bytes is too large");
    }
    byte[] out = new byte[headerSize((int) payload) + (int) payload];
    int at = putHeader(out, 0, SHORT_LIST, (int) payload);
    for (byte[] item : encodedItems) {
      System.arraycopy(item, 0, out, at, item.length);
      at += item.length;
    }
    return out;
  }

  /** Bytes of the header in front of a payload of {@code length} bytes (strings of one byte below 0x80 aside). */
  static int headerSize(int length) {
    return length < SHORT_LIMIT ? 1 : 1 + lengthOfLength(length);
  }

  private static int lengthOfLength(int length) {
    return 4 - Integer.numberOfLeadingZeros(length) / 8;
  }

  /** Writes the header for a payload of {@code length} at {@code at}; {@code base} is 0x80 (string) or 0xc0 (list). */
  private static int putHeader(byte[] out, int at, int base, int length) {
    if (length < SHORT_LIMIT) {
      out[at++] = (byte) (base + length);
      return at;
    }
    int n = lengthOfLength(length);
    out[at++] = (byte) ((base == SHORT_STRING ? LONG_STRING : LONG_LIST) + n);
    for (int shift = (n - 1) * 8; shift >= 0; shift -= 8) {
      out[at++] = (byte) (length >>> shift);
    }
    return at;
  }

  private void ensure(int extra) {
    int needed = size + extra;
    if (needed < 0) {
      throw new IllegalStateException("encoding too large for an array");
    }
    if (needed > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
    }
  }
}
