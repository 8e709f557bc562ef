package io.converge.crypto.hd;

import io.converge.crypto.hash.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** The BIP-39 English word list: 2048 sorted words, so a word's index is its 11-bit value. */
final class Bip39WordList {
  static final int SIZE = 2048;

  private static final String RESOURCE = "bip39-english.txt";

  /**
   * SHA-256 of bitcoin/bips {@code bip-0039/english.txt}. A changed list would silently turn every
   * written-down phrase into a different key, so the file is pinned by content, not by name.
   */
  static final String SHA256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda";

  static final Bip39WordList ENGLISH = load();

  private final String[] words;

  private Bip39WordList(String[] words) {
    this.words = words;
  }

  /** The word for an 11-bit value. */
  String word(int index) {
    return words[index];
  }

  /** The word's 11-bit value, or -1 when the word is not in the list. */
  int indexOf(String word) {
    int index = Arrays.binarySearch(words, word);
    return index >= 0 ? index : -1;
  }

  List<String> words() {
    return List.of(words);
  }

  private static Bip39WordList load() {
    byte[] content;
    try (InputStream in = Bip39WordList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    String digest = HexFormat.of().formatHex(Sha256.hash(content));
    if (!digest.equals(SHA256)) {
      throw new IllegalStateException(
          RESOURCE + " is not the BIP-39 English list: sha256 " + digest + ", expected " + SHA256);
    }
    String[] words = new String(content, StandardCharsets.US_ASCII).split("\n");
    if (words.length != SIZE) {
      throw new IllegalStateException(RESOURCE + " has " + words.length + " words");
    }
    return new Bip39WordList(words);
  }
}
