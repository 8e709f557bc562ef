package io.converge.evm.frame;

import io.converge.evm.gas.GasSchedule;
import java.util.Arrays;

/**
 * A frame's memory: a byte array grown in 32-byte words as operations touch it. Offsets arrive as longs already
 * clamped by {@link Memory#clamp}; anything past {@link #LIMIT} costs more gas than any transaction carries.
 */
public final class Memory {
  /**
   * Largest memory a frame may have, in bytes. Reaching it costs about 8.8e12 gas, far above any block gas limit, so
   * refusing it is indistinguishable from running out of gas; it keeps offsets inside a Java array.
   */
  public static final long LIMIT = 0x7fff_ffe0L;

  /** Offsets and lengths at or above this are "huge": any expansion they need is unaffordable. */
  public static final long HUGE = 1L << 40;

  private static final byte[] EMPTY = new byte[0];

  private byte[] data = EMPTY;
  private int size;

  /** Active size in bytes, a multiple of 32 (MSIZE). */
  public int size() {
    return size;
  }

  /** The backing array, at least {@link #size()} long; operations read and write it directly. */
  public byte[] data() {
    return data;
  }

  /** An operand as a memory offset or length: its value if below {@link #HUGE}, else {@link #HUGE}. */
  public static long clamp(long[] stack, int base) {
    long low = stack[base];
    if ((stack[base + 1] | stack[base + 2] | stack[base + 3]) != 0 || low < 0 || low >= HUGE) {
      return HUGE;
    }
    return low;
  }

  /**
   * Gas to make {@code [offset, offset+length)} addressable: the growth in {@link GasSchedule#memoryCost}; 0 for an
   * empty range whatever its offset; {@link Long#MAX_VALUE} past the limit.
   */
  public long expansionCost(long offset, long length) {
    if (length == 0) {
      return 0;
    }
    long end = offset + length;
    if (end <= size) {
      return 0;
    }
    if (end > LIMIT) {
      return Long.MAX_VALUE;
    }
    return GasSchedule.memoryCost(GasSchedule.words(end)) - GasSchedule.memoryCost(size >>> 5);
  }

  /** Makes {@code [offset, offset+length)} addressable; the caller has paid {@link #expansionCost}. */
  public void expand(long offset, long length) {
    if (length == 0) {
      return;
    }
    long end = offset + length;
    if (end <= size) {
      return;
    }
    int newSize = (int) (GasSchedule.words(end) << 5);
    if (newSize > data.length) {
      long grown = Math.max(newSize, Math.min(LIMIT, 2L * data.length));
      data = Arrays.copyOf(data, (int) grown);
    }
    size = newSize;
  }

  /** A copy of {@code [offset, offset+length)}; the range must be addressable (or empty). */
  public byte[] read(long offset, long length) {
    if (length == 0) {
      return EMPTY;
    }
    return Arrays.copyOfRange(data, (int) offset, (int) (offset + length));
  }

  /**
   * Copies {@code length} bytes of {@code source} from {@code sourceOffset} to memory at {@code offset}, with zeros
   * where the source ends (CALLDATACOPY, CODECOPY, EXTCODECOPY). The target range must be addressable.
   */
  public void copyPadded(long offset, byte[] source, int sourceLength, long sourceOffset, long length) {
    if (length == 0) {
      return;
    }
    int to = (int) offset;
    int len = (int) length;
    int available = sourceOffset >= sourceLength ? 0 : (int) Math.min(len, sourceLength - sourceOffset);
    if (available > 0) {
      System.arraycopy(source, (int) sourceOffset, data, to, available);
    }
    if (available < len) {
      Arrays.fill(data, to + available, to + len, (byte) 0);
    }
  }

  /** Writes {@code bytes[0..length)} at {@code offset}; the range must be addressable. */
  public void write(long offset, byte[] bytes, int length) {
    if (length > 0) {
      System.arraycopy(bytes, 0, data, (int) offset, length);
    }
  }
}
