package io.converge.trie;

import java.util.Arrays;

/**
 * Paths in the trie are sequences of 4-bit nibbles, held one nibble per byte. This class converts keys to paths and
 * implements the hex-prefix encoding of Yellow Paper appendix C, which packs a path and a leaf flag into bytes.
 */
final class Nibbles {
  static final byte[] EMPTY = new byte[0];

  private Nibbles() {}

  /** The path of a key: two nibbles per byte, high nibble first. */
  static byte[] fromKey(byte[] key) {
    byte[] out = new byte[key.length * 2];
    for (int i = 0; i < key.length; i++) {
      out[2 * i] = (byte) ((key[i] >> 4) & 0x0f);
      out[2 * i + 1] = (byte) (key[i] & 0x0f);
    }
    return out;
  }

  /** The key a full path spells; every key in a trie of byte keys has an even number of nibbles. */
  static byte[] toKey(byte[] path) {
    if ((path.length & 1) != 0) {
      throw new IllegalStateException("a key path has an even number of nibbles, got " + path.length);
    }
    byte[] out = new byte[path.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (path[2 * i] << 4 | path[2 * i + 1]);
    }
    return out;
  }

  /** The length of the common prefix of {@code a} and {@code b[from..]}. */
  static int commonPrefix(byte[] a, byte[] b, int from) {
    int max = Math.min(a.length, b.length - from);
    int mismatch = Arrays.mismatch(a, 0, max, b, from, from + max);
    return mismatch < 0 ? max : mismatch;
  }

  /** Whether {@code b[from..]} starts with all of {@code prefix}. */
  static boolean startsWith(byte[] b, int from, byte[] prefix) {
    return b.length - from >= prefix.length && Arrays.equals(prefix, 0, prefix.length, b, from, from + prefix.length);
  }

  static byte[] slice(byte[] path, int from, int to) {
    return from == to ? EMPTY : Arrays.copyOfRange(path, from, to);
  }

  static byte[] slice(byte[] path, int from) {
    return slice(path, from, path.length);
  }

  static byte[] concat(byte[] a, byte[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] prepend(int nibble, byte[] path) {
    byte[] out = new byte[path.length + 1];
    out[0] = (byte) nibble;
    System.arraycopy(path, 0, out, 1, path.length);
    return out;
  }

  static byte[] append(byte[] path, int nibble) {
    byte[] out = Arrays.copyOf(path, path.length + 1);
    out[path.length] = (byte) nibble;
    return out;
  }

  /** Hex-prefix encoding: flag nibble (2 for a leaf, +1 for odd length), a padding nibble if even, then the path. */
  static byte[] hexPrefix(byte[] path, boolean leaf) {
    boolean odd = (path.length & 1) != 0;
    int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
    byte[] out = new byte[path.length / 2 + 1];
    int i;
    if (odd) {
      out[0] = (byte) (flag << 4 | path[0]);
      i = 1;
    } else {
      out[0] = (byte) (flag << 4);
      i = 0;
    }
    for (int o = 1; o < out.length; o++, i += 2) {
      out[o] = (byte) (path[i] << 4 | path[i + 1]);
    }
    return out;
  }

  /** A decoded hex-prefix path. */
  record HexPrefixed(byte[] path, boolean leaf) {}

  /** Decodes hex-prefix bytes; a flag above 3 or a non-zero padding nibble is not canonical and is rejected. */
  static HexPrefixed decodeHexPrefix(byte[] encoded) throws InvalidNodeException {
    if (encoded.length == 0) {
      throw new InvalidNodeException("empty hex-prefix path");
    }
    int flag = (encoded[0] >> 4) & 0x0f;
    if (flag > 3) {
      throw new InvalidNodeException("hex-prefix flag " + flag + " is not 0-3");
    }
    boolean odd = (flag & 1) != 0;
    if (!odd && (encoded[0] & 0x0f) != 0) {
      throw new InvalidNodeException("hex-prefix padding nibble is not zero");
    }
    byte[] path = new byte[(encoded.length - 1) * 2 + (odd ? 1 : 0)];
    int p = 0;
    if (odd) {
      path[p++] = (byte) (encoded[0] & 0x0f);
    }
    for (int i = 1; i < encoded.length; i++) {
      path[p++] = (byte) ((encoded[i] >> 4) & 0x0f);
      path[p++] = (byte) (encoded[i] & 0x0f);
    }
    return new HexPrefixed(path, flag >= 2);
  }

  /** Compares nibble paths as keys compare: lexicographically, a proper prefix first. */
  static int compare(byte[] a, byte[] b) {
    return Arrays.compare(a, b);
  }
}
