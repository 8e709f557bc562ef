package io.converge.trie;

import io.converge.types.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/** Keys and values for trie tests. */
final class TrieFixtures {
  private TrieFixtures() {}

  static Bytes text(String s) {
    return Bytes.wrap(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Short keys over a tiny alphabet, so that keys share prefixes and some are prefixes of others. */
  static Bytes crowdedKey(RandomGenerator random) {
    byte[] key = new byte[random.nextInt(0, 5)];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (random.nextInt(0, 3) * 0x11 + (random.nextBoolean() ? 0 : 0x10));
    }
    return Bytes.wrap(key);
  }

  /** Values from one byte to past the 32-byte embedding threshold, so both embedded and hashed nodes occur. */
  static Bytes value(RandomGenerator random) {
    byte[] v = new byte[random.nextInt(1, 40)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (byte) random.nextInt(1, 256);
    }
    return Bytes.wrap(v);
  }
}
