package io.converge.crypto.hd;

import io.converge.crypto.hash.Sha256;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A BIP-39 mnemonic over the English word list: a checked encoding of 128 to 256 bits of entropy,
 * and through {@link #seed(String)} the 64-byte seed a BIP-32 wallet grows from.
 *
 * <p>Not a record, because it is a secret: {@link #toString()} never shows the words.
 */
public final class Mnemonic {
  private static final int SEED_ROUNDS = 2048;
  private static final int SEED_BITS = 512;

  private final List<String> words;
  private final WordCount wordCount;

  private Mnemonic(List<String> words, WordCount wordCount) {
    this.words = List.copyOf(words);
    this.wordCount = wordCount;
  }

  /**
   * Reads a phrase a user typed. Case, surrounding and repeated whitespace (including the
   * ideographic space, which NFKD turns into an ASCII one) do not matter; the words, their number
   * and the checksum do.
   */
  public static Mnemonic parse(String phrase) throws InvalidMnemonicException {
    Objects.requireNonNull(phrase, "phrase");
    String normalized = Normalizer.normalize(phrase, Normalizer.Form.NFKD).trim();
    List<String> words =
        normalized.isEmpty()
            ? List.of()
            : List.of(normalized.toLowerCase(Locale.ROOT).split("\\s+"));
    WordCount count =
        WordCount.ofWords(words.size())
            .orElseThrow(
                () ->
                    new InvalidMnemonicException(new MnemonicProblem.WrongWordCount(words.size())));
    int[] indices = new int[words.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = Bip39WordList.ENGLISH.indexOf(words.get(i));
      if (indices[i] < 0) {
        String word = words.get(i);
        throw new InvalidMnemonicException(
            new MnemonicProblem.UnknownWord(i + 1, word, suggestionFor(word)));
      }
    }
    byte[] bits = pack(indices);
    int checksumBits = count.checksumBits();
    int actual = (bits[count.entropyBytes()] & 0xff) >>> (8 - checksumBits);
    int expected = checksumOf(Arrays.copyOf(bits, count.entropyBytes()), checksumBits);
    if (actual != expected) {
      throw new InvalidMnemonicException(
          new MnemonicProblem.ChecksumMismatch(expected, actual, checksumBits));
    }
    return new Mnemonic(words, count);
  }

  /** The problem with a phrase, or empty when {@link #parse} would accept it. */
  public static Optional<MnemonicProblem> check(String phrase) {
    try {
      parse(phrase);
      return Optional.empty();
    } catch (InvalidMnemonicException e) {
      return Optional.of(e.problem());
    }
  }

  /** The mnemonic that encodes 16, 20, 24, 28 or 32 bytes of entropy. */
  public static Mnemonic fromEntropy(byte[] entropy) {
    WordCount count =
        WordCount.ofEntropyBytes(entropy.length)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "entropy must be 16, 20, 24, 28 or 32 bytes, got " + entropy.length));
    // The entropy followed by one byte whose top CS bits are the checksum (CS <= 8).
    byte[] bits = Arrays.copyOf(entropy, entropy.length + 1);
    bits[entropy.length] =
        (byte) (checksumOf(entropy, count.checksumBits()) << (8 - count.checksumBits()));
    List<String> words = new ArrayList<>(count.words());
    for (int i = 0; i < count.words(); i++) {
      words.add(Bip39WordList.ENGLISH.word(read11Bits(bits, i * 11)));
    }
    return new Mnemonic(words, count);
  }

  /**
   * A new mnemonic from {@code random}, which must be a cryptographically strong source (a {@link
   * java.security.SecureRandom}) for any key that will hold value; it is injected so that tests can
   * be deterministic.
   */
  public static Mnemonic generate(WordCount count, RandomGenerator random) {
    byte[] entropy = new byte[count.entropyBytes()];
    random.nextBytes(entropy);
    return fromEntropy(entropy);
  }

  public List<String> words() {
    return words;
  }

  public WordCount wordCount() {
    return wordCount;
  }

  /** The words joined by single spaces: the form the seed is computed from. */
  public String phrase() {
    return String.join(" ", words);
  }

  public byte[] entropy() {
    int[] indices = words.stream().mapToInt(Bip39WordList.ENGLISH::indexOf).toArray();
    return Arrays.copyOf(pack(indices), wordCount.entropyBytes());
  }

  /**
   * The 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512, 2048 rounds, over the NFKD-normalized phrase with
   * salt "mnemonic" + the NFKD-normalized passphrase. Any passphrase gives a valid (different)
   * wallet, so a mistyped one is not detectable here; pass "" for none.
   */
  public byte[] seed(String passphrase) {
    Objects.requireNonNull(passphrase, "passphrase (use \"\" for none)");
    byte[] password = nfkdUtf8(phrase());
    byte[] salt = nfkdUtf8("mnemonic" + passphrase);
    PKCS5S2ParametersGenerator pbkdf2 = new PKCS5S2ParametersGenerator(new SHA512Digest());
    pbkdf2.init(password, salt, SEED_ROUNDS);
    return ((KeyParameter) pbkdf2.generateDerivedParameters(SEED_BITS)).getKey();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mnemonic other && words.equals(other.words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  /** Redacted: the words are the key, and logs outlive it. */
  @Override
  public String toString() {
    return "Mnemonic[" + wordCount.words() + " words]";
  }

  private static byte[] nfkdUtf8(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
  }

  private static int checksumOf(byte[] entropy, int checksumBits) {
    return (Sha256.hash(entropy)[0] & 0xff) >>> (8 - checksumBits);
  }

  /** The 11-bit word values as one big-endian bit string, zero-padded to whole bytes. */
  private static byte[] pack(int[] indices) {
    byte[] bits = new byte[(indices.length * 11 + 7) / 8];
    for (int i = 0; i < indices.length; i++) {
      for (int b = 0; b < 11; b++) {
        if ((indices[i] & (1 << (10 - b))) != 0) {
          int position = i * 11 + b;
          bits[position / 8] |= (byte) (0x80 >>> (position % 8));
        }
      }
    }
    return bits;
  }

  private static int read11Bits(byte[] bits, int offset) {
    int value = 0;
    for (int b = 0; b < 11; b++) {
      int position = offset + b;
      value = (value << 1) | ((bits[position / 8] >>> (7 - position % 8)) & 1);
    }
    return value;
  }

  private static Optional<String> suggestionFor(String word) {
    if (word.length() < 4) {
      return Optional.empty();
    }
    String prefix = word.substring(0, 4);
    return Bip39WordList.ENGLISH.words().stream().filter(w -> w.startsWith(prefix)).findFirst();
  }
}
