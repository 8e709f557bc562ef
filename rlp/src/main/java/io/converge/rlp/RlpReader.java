package io.converge.rlp;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads strict canonical RLP from a byte array, item by item. Not thread-safe.
 *
 * <p>Everything Ethereum clients reject is rejected here, with the offset of the offending item: long-form lengths
 * below 56, lengths with leading zero bytes or too large for an int, a single byte below 0x80 wrapped as {@code 0x81
 * xx}, integers with leading zeros, items that overrun the input or their enclosing list, and (in {@link #finish()})
 * trailing bytes. Lengths are checked against the input before anything is allocated, so a short input claiming a
 * huge payload fails at once. Offsets are absolute indices into the array given to the constructor.
 */
public final class RlpReader {
  private static final int SHORT_STRING = 0x80;
  private static final int LONG_STRING = 0xb7;
  private static final int SHORT_LIST = 0xc0;
  private static final int LONG_LIST = 0xf7;
  private static final int SHORT_LIMIT = 56;

  private final byte[] data;
  private final int limit;
  private int pos;

  // End offsets of the lists entered and not yet left, innermost last.
  private int[] listEnds = new int[8];
  private int depth;

  // The header most recently parsed by parseHeader(); kept in fields so that reading allocates nothing.
  private int itemStart;
  private int payloadStart;
  private int payloadLength;
  private boolean itemIsList;

  public RlpReader(byte[] data) {
    this(data, 0, data.length);
  }

  /** Reads {@code length} bytes of {@code data} starting at {@code offset}. */
  public RlpReader(byte[] data, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, data.length);
    this.data = data;
    this.pos = offset;
    this.limit = offset + length;
  }

  /** Whether the next item is a list. */
  public boolean nextIsList() throws RlpException {
    requireItem();
    return (data[pos] & 0xff) >= SHORT_LIST;
  }

  /** Whether the next item is the empty string {@code 0x80} (how zero and "absent" are encoded). */
  public boolean nextIsEmptyString() throws RlpException {
    requireItem();
    return (data[pos] & 0xff) == SHORT_STRING;
  }

  /** Enters the next item, which must be a list, and returns the offset just past its end. */
  public int enterList() throws RlpException {
    parseHeader();
    if (!itemIsList) {
      throw new RlpException("expected a list", itemStart, "found a string of " + payloadLength + " bytes");
    }
    int end = payloadStart + payloadLength;
    if (depth == listEnds.length) {
      listEnds = Arrays.copyOf(listEnds, depth * 2);
    }
    listEnds[depth++] = end;
    pos = payloadStart;
    return end;
  }

  /** Whether the innermost entered list has items left (at top level: whether the input has bytes left). */
  public boolean hasMoreInList() {
    return pos < bound();
  }

  /** Leaves the innermost entered list, which must have been read to its end. */
  public void leaveList() throws RlpException {
    if (depth == 0) {
      throw new IllegalStateException("leaveList() without a matching enterList()");
    }
    int end = listEnds[depth - 1];
    if (pos != end) {
      throw new RlpException("list not fully read", pos, (end - pos) + " unread byte(s) before the list ends at " + end);
    }
    depth--;
  }

  /** Reads the next item, which must be a byte string. */
  public byte[] readBytes() throws RlpException {
    parseString();
    byte[] out = Arrays.copyOfRange(data, payloadStart, payloadStart + payloadLength);
    pos = payloadStart + payloadLength;
    return out;
  }

  /** Reads a canonical unsigned integer of at most 8 bytes; values of 2^63 and above come back negative. */
  public long readLong() throws RlpException {
    parseInteger(8);
    long value = 0;
    for (int i = payloadStart, end = payloadStart + payloadLength; i < end; i++) {
      value = (value << 8) | (data[i] & 0xff);
    }
    pos = payloadStart + payloadLength;
    return value;
  }

  /** Reads a canonical unsigned integer that fits in a (non-negative) int. */
  public int readInt() throws RlpException {
    int start = pos;
    long value = readLong();
    if (value < 0 || value > Integer.MAX_VALUE) {
      pos = start;
      throw new RlpException("integer too large", start, Long.toUnsignedString(value) + " does not fit in an int");
    }
    return (int) value;
  }

  /** Reads a canonical unsigned integer of any size. */
  public BigInteger readBigInteger() throws RlpException {
    return readUnsigned(Integer.MAX_VALUE);
  }

  /** Reads a canonical unsigned integer of at most 32 bytes. */
  public BigInteger readUInt256() throws RlpException {
    return readUnsigned(32);
  }

  /** Returns the next item's complete encoding (header and payload), after checking that it is well formed. */
  public byte[] readRawItem() throws RlpException {
    int start = pos;
    skipItem();
    return Arrays.copyOfRange(data, start, pos);
  }

  /** Moves past the next item. A list is checked all the way down, so a skipped item is still a valid one. */
  public void skipItem() throws RlpException {
    parseHeader();
    int end = payloadStart + payloadLength;
    if (itemIsList) {
      checkListContents(payloadStart, end);
    }
    pos = end;
  }

  /** The offset of the next byte to read. */
  public int position() {
    return pos;
  }

  /** Whether the whole input has been read. */
  public boolean isAtEnd() {
    return pos >= limit;
  }

  /** Asserts that the input held nothing after what was read: trailing bytes make an encoding invalid. */
  public void finish() throws RlpException {
    if (depth != 0) {
      throw new IllegalStateException(depth + " list(s) entered and not left");
    }
    if (pos != limit) {
      throw new RlpException("trailing bytes", pos, (limit - pos) + " byte(s) after the top-level item");
    }
  }

  private BigInteger readUnsigned(int maxBytes) throws RlpException {
    parseInteger(maxBytes);
    BigInteger value = payloadLength == 0 ? BigInteger.ZERO : new BigInteger(1, data, payloadStart, payloadLength);
    pos = payloadStart + payloadLength;
    return value;
  }

  private void parseString() throws RlpException {
    parseHeader();
    if (itemIsList) {
      throw new RlpException("expected a string", itemStart, "found a list of " + payloadLength + " bytes");
    }
  }

  private void parseInteger(int maxBytes) throws RlpException {
    parseString();
    if (payloadLength > maxBytes) {
      throw new RlpException("integer too large", itemStart, payloadLength + " bytes, at most " + maxBytes + " allowed");
    }
    if (payloadLength > 0 && data[payloadStart] == 0) {
      throw new RlpException("non-canonical integer", itemStart, "leading zero byte");
    }
  }

  private int bound() {
    return depth == 0 ? limit : listEnds[depth - 1];
  }

  private void requireItem() throws RlpException {
    if (pos >= bound()) {
      throw noItem(pos, depth > 0);
    }
  }

  private void parseHeader() throws RlpException {
    parseHeaderAt(pos, bound(), depth > 0);
  }

  /**
   * Parses the header of the item at {@code p}, which must end by {@code bound}, into the header fields. {@code inList}
   * only chooses the wording: whether {@code bound} is the end of an enclosing list or of the input.
   */
  private void parseHeaderAt(int p, int bound, boolean inList) throws RlpException {
    if (p >= bound) {
      throw noItem(p, inList);
    }
    itemStart = p;
    int b = data[p] & 0xff;
    if (b < SHORT_STRING) {
      itemIsList = false;
      payloadStart = p;
      payloadLength = 1;
    } else if (b <= LONG_STRING) {
      itemIsList = false;
      setPayload(p, 1, b - SHORT_STRING, bound, inList);
      if (payloadLength == 1 && (data[p + 1] & 0xff) < SHORT_STRING) {
        throw new RlpException("non-canonical length", p,
            String.format("0x81 followed by a single byte < 0x80 (0x%02x)", data[p + 1] & 0xff));
      }
    } else if (b < SHORT_LIST) {
      itemIsList = false;
      parseLongForm(p, b - LONG_STRING, bound, inList);
    } else if (b <= LONG_LIST) {
      itemIsList = true;
      setPayload(p, 1, b - SHORT_LIST, bound, inList);
    } else {
      itemIsList = true;
      parseLongForm(p, b - LONG_LIST, bound, inList);
    }
  }

  private void parseLongForm(int p, int lengthOfLength, int bound, boolean inList) throws RlpException {
    if ((long) p + 1 + lengthOfLength > bound) {
      throw new RlpException("truncated length", p, String.format("0x%02x announces %d length byte(s), only %d %s",
          data[p] & 0xff, lengthOfLength, bound - p - 1, remainingIn(inList)));
    }
    if (data[p + 1] == 0) {
      throw new RlpException("non-canonical length", p, "length has a leading zero byte");
    }
    if (lengthOfLength > 4) {
      throw new RlpException("length too large", p, lengthOfLength + " length bytes do not fit in an int");
    }
    long length = 0;
    for (int i = 1; i <= lengthOfLength; i++) {
      length = (length << 8) | (data[p + i] & 0xff);
    }
    if (length > Integer.MAX_VALUE) {
      throw new RlpException("length too large", p, length + " does not fit in an int");
    }
    if (length < SHORT_LIMIT) {
      throw new RlpException("non-canonical length", p, "long form used for a payload of " + length + " (< 56) bytes");
    }
    setPayload(p, 1 + lengthOfLength, (int) length, bound, inList);
  }

  private void setPayload(int p, int headerLength, int length, int bound, boolean inList) throws RlpException {
    long end = (long) p + headerLength + length;
    if (end > bound) {
      throw new RlpException(inList ? "item overruns its list" : "item overruns the input", p,
          String.format("header 0x%02x claims %d payload byte(s), only %d %s", data[p] & 0xff, length,
              Math.max(0, bound - p - headerLength), remainingIn(inList)));
    }
    payloadStart = p + headerLength;
    payloadLength = length;
  }

  /** Checks every item inside a list payload, iteratively: nesting depth costs heap, never stack. */
  private void checkListContents(int start, int end) throws RlpException {
    int[] ends = new int[8];
    int open = 0;
    ends[open++] = end;
    int p = start;
    while (open > 0) {
      int bound = ends[open - 1];
      if (p == bound) {
        open--;
        continue;
      }
      parseHeaderAt(p, bound, true);
      p = payloadStart;
      if (itemIsList) {
        if (open == ends.length) {
          ends = Arrays.copyOf(ends, open * 2);
        }
        ends[open++] = payloadStart + payloadLength;
      } else {
        p += payloadLength;
      }
    }
  }

  private static RlpException noItem(int p, boolean inList) {
    return inList
        ? new RlpException("end of list", p, "expected another item but the list ends here")
        : new RlpException("unexpected end of input", p, "expected an item");
  }

  private static String remainingIn(boolean inList) {
    return inList ? "left in the enclosing list" : "left in the input";
  }
}
