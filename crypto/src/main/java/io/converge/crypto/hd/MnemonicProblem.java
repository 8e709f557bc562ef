package io.converge.crypto.hd;

import java.util.Objects;
import java.util.Optional;

/** Why a phrase is not a valid BIP-39 English mnemonic. */
public sealed interface MnemonicProblem {
  /** A sentence a user can act on. */
  String describe();

  /** BIP-39 defines only 12, 15, 18, 21 and 24 words. */
  record WrongWordCount(int actual) implements MnemonicProblem {
    @Override
    public String describe() {
      return "a mnemonic has 12, 15, 18, 21 or 24 words, this one has " + actual;
    }
  }

  /**
   * A word outside the list, at {@code position} (1-based). Because BIP-39 words are unique in
   * their first four letters, a word sharing them with a list word is most likely that word,
   * mistyped: it is offered as the suggestion.
   */
  record UnknownWord(int position, String word, Optional<String> suggestion)
      implements MnemonicProblem {
    public UnknownWord {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(suggestion, "suggestion");
      if (position < 1) {
        throw new IllegalArgumentException("position is 1-based, got " + position);
      }
    }

    @Override
    public String describe() {
      return "word "
          + position
          + " \""
          + word
          + "\" is not in the BIP-39 English word list"
          + suggestion.map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }
  }

  /**
   * Every word is in the list but the checksum bits (the end of the last word) disagree with the
   * SHA-256 of the entropy: a word is wrong, or two are swapped.
   */
  record ChecksumMismatch(int expected, int actual, int checksumBits) implements MnemonicProblem {
    @Override
    public String describe() {
      return "the checksum does not match (expected "
          + bits(expected)
          + ", got "
          + bits(actual)
          + "): a word is wrong or the words are out of order";
    }

    private String bits(int value) {
      String binary = Integer.toBinaryString(value);
      return "0".repeat(checksumBits - binary.length()) + binary;
    }
  }
}
