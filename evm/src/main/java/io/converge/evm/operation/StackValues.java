package io.converge.evm.operation;

import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Moves values between stack words (four limbs, least significant first) and the project's value types. */
final class StackValues {
  private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private StackValues() {}

  /** The low 160 bits of the word as an address. */
  static Address toAddress(long[] s, int a) {
    byte[] out = new byte[Address.SIZE];
    int high = (int) s[a + 2];
    out[0] = (byte) (high >>> 24);
    out[1] = (byte) (high >>> 16);
    out[2] = (byte) (high >>> 8);
    out[3] = (byte) high;
    LONG_BE.set(out, 4, s[a + 1]);
    LONG_BE.set(out, 12, s[a]);
    return Address.wrap(out);
  }

  static void setAddress(long[] s, int r, Address address) {
    byte[] bytes = address.unsafeArray();
    s[r] = (long) LONG_BE.get(bytes, 12);
    s[r + 1] = (long) LONG_BE.get(bytes, 4);
    s[r + 2] = ((bytes[0] & 0xffL) << 24) | ((bytes[1] & 0xffL) << 16) | ((bytes[2] & 0xffL) << 8) | (bytes[3] & 0xffL);
    s[r + 3] = 0;
  }

  static UInt256 toUInt256(long[] s, int a) {
    if ((s[a + 1] | s[a + 2] | s[a + 3]) == 0 && s[a] >= 0) {
      return s[a] == 0 ? UInt256.ZERO : new UInt256(BigInteger.valueOf(s[a]));
    }
    byte[] bytes = new byte[32];
    getBytes32(s, a, bytes, 0);
    return new UInt256(new BigInteger(1, bytes));
  }

  static void setUInt256(long[] s, int r, UInt256 value) {
    setBigInteger(s, r, value.value());
  }

  static void setWei(long[] s, int r, Wei value) {
    setBigInteger(s, r, value.value());
  }

  /** Writes a non-negative value below 2^256. */
  private static void setBigInteger(long[] s, int r, BigInteger value) {
    if (value.bitLength() < 64) {
      WordMath.setLong(s, r, value.longValue());
      return;
    }
    s[r] = value.longValue();
    s[r + 1] = value.shiftRight(64).longValue();
    s[r + 2] = value.shiftRight(128).longValue();
    s[r + 3] = value.shiftRight(192).longValue();
  }

  static Wei toWei(UInt256 value) {
    return value.isZero() ? Wei.ZERO : new Wei(value.value());
  }

  static UInt256 toUInt256(Wei value) {
    return value.isZero() ? UInt256.ZERO : new UInt256(value.value());
  }

  /** Reads 32 big-endian bytes at {@code offset}. */
  static void setBytes32(long[] s, int r, byte[] bytes, int offset) {
    s[r + 3] = (long) LONG_BE.get(bytes, offset);
    s[r + 2] = (long) LONG_BE.get(bytes, offset + 8);
    s[r + 1] = (long) LONG_BE.get(bytes, offset + 16);
    s[r] = (long) LONG_BE.get(bytes, offset + 24);
  }

  /** Writes the word as 32 big-endian bytes at {@code offset}. */
  static void getBytes32(long[] s, int a, byte[] bytes, int offset) {
    LONG_BE.set(bytes, offset, s[a + 3]);
    LONG_BE.set(bytes, offset + 8, s[a + 2]);
    LONG_BE.set(bytes, offset + 16, s[a + 1]);
    LONG_BE.set(bytes, offset + 24, s[a]);
  }

  static void setHash(long[] s, int r, Hash hash) {
    setBytes32(s, r, hash.unsafeArray(), 0);
  }

  static Hash toHash(long[] s, int a) {
    byte[] out = new byte[32];
    getBytes32(s, a, out, 0);
    return Hash.wrap(out);
  }

  /**
   * Reads {@code length} (at most 32) big-endian bytes starting at {@code offset} as a word, as PUSH does; the array
   * must hold them (code is padded for this).
   */
  static void setPushData(long[] s, int r, byte[] bytes, int offset, int length) {
    int end = offset + length;
    if (length == 32) {
      setBytes32(s, r, bytes, offset);
      return;
    }
    if (length <= 8 && end >= 8) {
      // One read of the eight bytes ending with the data, masked to the data (a fast path: see PushDataTest).
      long v = (long) LONG_BE.get(bytes, end - 8);
      s[r] = length == 8 ? v : v & ((1L << (length << 3)) - 1);
      s[r + 1] = 0;
      s[r + 2] = 0;
      s[r + 3] = 0;
      return;
    }
    for (int limb = 0; limb < 4; limb++) {
      int limbEnd = end - 8 * limb;
      int limbStart = Math.max(offset, limbEnd - 8);
      long v = 0;
      if (limbEnd - limbStart == 8) {
        v = (long) LONG_BE.get(bytes, limbStart);
      } else {
        for (int i = limbStart; i < limbEnd; i++) {
          v = (v << 8) | (bytes[i] & 0xff);
        }
      }
      s[r + limb] = v;
    }
  }

  /** A word that names an amount of gas, as a long; {@link Long#MAX_VALUE} if it is larger. */
  static long toGas(long[] s, int a) {
    long low = s[a];
    if ((s[a + 1] | s[a + 2] | s[a + 3]) != 0 || low < 0) {
      return Long.MAX_VALUE;
    }
    return low;
  }
}
