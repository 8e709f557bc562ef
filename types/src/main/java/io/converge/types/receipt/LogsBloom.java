package io.converge.types.receipt;

import io.converge.crypto.hash.Keccak256;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.Hex;
import java.util.Arrays;

/**
 * The 2048-bit Bloom filter of a receipt or block: each log's address and topics set three bits, chosen by the low 11
 * bits of the first three byte pairs of the item's Keccak-256 hash (Yellow Paper, M3:2048). "Contains" may report
 * false positives, never false negatives.
 */
public final class LogsBloom {
  public static final int SIZE = 256;
  public static final LogsBloom EMPTY = new LogsBloom(new byte[SIZE]);

  private final byte[] bits;

  private LogsBloom(byte[] bits) {
    this.bits = bits;
  }

  public static LogsBloom wrap(byte[] bits) {
    if (bits.length != SIZE) {
      throw new IllegalArgumentException("a logs bloom is 256 bytes, got " + bits.length);
    }
    return new LogsBloom(bits.clone());
  }

  public static LogsBloom fromHex(String hex) {
    return wrap(Hex.decode(hex));
  }

  /** The bloom of a receipt's logs. */
  public static LogsBloom of(Iterable<Log> logs) {
    Builder b = new Builder();
    for (Log log : logs) {
      b.add(log);
    }
    return b.build();
  }

  public static LogsBloom fromRlp(RlpReader reader) throws RlpException {
    int at = reader.position();
    byte[] bytes = reader.readBytes();
    if (bytes.length != SIZE) {
      throw new RlpException("logs bloom must be 256 bytes", at, "found " + bytes.length);
    }
    return new LogsBloom(bytes);
  }

  /** Whether {@code item} (an address or topic, as bytes) may have been added. */
  public boolean mightContain(byte[] item) {
    byte[] h = Keccak256.hash(item);
    for (int i = 0; i < 6; i += 2) {
      int bit = bitIndex(h, i);
      if ((bits[byteIndex(bit)] & bitMask(bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  public boolean mightContain(Address address) {
    return mightContain(address.unsafeArray());
  }

  public boolean mightContain(Hash topic) {
    return mightContain(topic.unsafeArray());
  }

  /** Whether every bit set in {@code other} is set here, as a filter query over block blooms asks. */
  public boolean containsAll(LogsBloom other) {
    for (int i = 0; i < SIZE; i++) {
      if ((bits[i] & other.bits[i]) != other.bits[i]) {
        return false;
      }
    }
    return true;
  }

  /** The union of the two filters: a block's bloom is the union of its receipts'. */
  public LogsBloom or(LogsBloom other) {
    byte[] out = bits.clone();
    for (int i = 0; i < SIZE; i++) {
      out[i] |= other.bits[i];
    }
    return new LogsBloom(out);
  }

  public boolean isEmpty() {
    for (byte b : bits) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  public byte[] toArray() {
    return bits.clone();
  }

  /** Read-only access for hot paths; callers must not modify the result. */
  public byte[] unsafeArray() {
    return bits;
  }

  public String toHex() {
    return Hex.encode(bits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogsBloom b && Arrays.equals(bits, b.bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return toHex();
  }

  private static int bitIndex(byte[] hash, int i) {
    return ((hash[i] & 0xff) << 8 | (hash[i + 1] & 0xff)) & 0x7ff;
  }

  /** Bit 0 is the lowest bit of the last byte: the filter is one big-endian 2048-bit number. */
  private static int byteIndex(int bit) {
    return SIZE - 1 - bit / 8;
  }

  private static int bitMask(int bit) {
    return 1 << (bit % 8);
  }

  /** Accumulates items into one filter without a copy per item, as building a block's bloom does. */
  public static final class Builder {
    private final byte[] bits = new byte[SIZE];

    public Builder add(byte[] item) {
      byte[] h = Keccak256.hash(item);
      for (int i = 0; i < 6; i += 2) {
        int bit = bitIndex(h, i);
        bits[byteIndex(bit)] |= (byte) bitMask(bit);
      }
      return this;
    }

    public Builder add(Log log) {
      add(log.address().unsafeArray());
      for (Hash topic : log.topics()) {
        add(topic.unsafeArray());
      }
      return this;
    }

    public Builder add(LogsBloom other) {
      for (int i = 0; i < SIZE; i++) {
        bits[i] |= other.bits[i];
      }
      return this;
    }

    public LogsBloom build() {
      return new LogsBloom(bits.clone());
    }
  }
}
