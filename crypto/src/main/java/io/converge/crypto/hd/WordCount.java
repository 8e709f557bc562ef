package io.converge.crypto.hd;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five mnemonic lengths BIP-39 defines. Each word carries 11 bits; of the total, one bit in 33
 * is checksum (the first ENT/32 bits of SHA-256 of the entropy).
 */
public enum WordCount {
  TWELVE(12),
  FIFTEEN(15),
  EIGHTEEN(18),
  TWENTY_ONE(21),
  TWENTY_FOUR(24);

  private final int words;

  WordCount(int words) {
    this.words = words;
  }

  public int words() {
    return words;
  }

  /** ENT: 128, 160, 192, 224 or 256 bits. */
  public int entropyBits() {
    return words * 11 * 32 / 33;
  }

  public int entropyBytes() {
    return entropyBits() / 8;
  }

  /** CS = ENT / 32. */
  public int checksumBits() {
    return entropyBits() / 32;
  }

  public static Optional<WordCount> ofWords(int words) {
    return Arrays.stream(values()).filter(c -> c.words == words).findFirst();
  }

  public static Optional<WordCount> ofEntropyBytes(int bytes) {
    return Arrays.stream(values()).filter(c -> c.entropyBytes() == bytes).findFirst();
  }
}
