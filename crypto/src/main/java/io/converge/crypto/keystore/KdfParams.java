package io.converge.crypto.keystore;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** How the password becomes the derived key: the {@code kdf} and {@code kdfparams} of a file. */
public sealed interface KdfParams {
  /** Shortest derived key the format allows: 16 bytes of cipher key and 16 of MAC key. */
  int MIN_DK_LEN = 32;

  /** Longest derived key we compute, so that a file cannot ask for an absurd allocation. */
  int MAX_DK_LEN = 1024;

  /** The {@code kdf} name in the file. */
  String name();

  int dkLen();

  byte[] salt();

  /** {@code "kdf": "scrypt"}: Geth's default. */
  record Scrypt(ScryptCost cost, int dkLen, byte[] salt) implements KdfParams {
    public Scrypt {
      Objects.requireNonNull(cost, "cost");
      salt = checked(dkLen, salt);
    }

    @Override
    public String name() {
      return "scrypt";
    }

    @Override
    public byte[] salt() {
      return salt.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Scrypt other
          && cost.equals(other.cost)
          && dkLen == other.dkLen
          && Arrays.equals(salt, other.salt);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cost, dkLen, Arrays.hashCode(salt));
    }

    @Override
    public String toString() {
      return "Scrypt["
          + cost
          + ", dkLen="
          + dkLen
          + ", salt="
          + HexFormat.of().formatHex(salt)
          + "]";
    }
  }

  /**
   * {@code "kdf": "pbkdf2"} with {@code "prf": "hmac-sha256"}, the only PRF the definition names:
   * every compliant implementation must read it.
   */
  record Pbkdf2(int iterations, int dkLen, byte[] salt) implements KdfParams {
    public Pbkdf2 {
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
      }
      salt = checked(dkLen, salt);
    }

    @Override
    public String name() {
      return "pbkdf2";
    }

    @Override
    public byte[] salt() {
      return salt.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pbkdf2 other
          && iterations == other.iterations
          && dkLen == other.dkLen
          && Arrays.equals(salt, other.salt);
    }

    @Override
    public int hashCode() {
      return Objects.hash(iterations, dkLen, Arrays.hashCode(salt));
    }

    @Override
    public String toString() {
      return "Pbkdf2[iterations="
          + iterations
          + ", dkLen="
          + dkLen
          + ", salt="
          + HexFormat.of().formatHex(salt)
          + "]";
    }
  }

  private static byte[] checked(int dkLen, byte[] salt) {
    Objects.requireNonNull(salt, "salt");
    if (dkLen < MIN_DK_LEN || dkLen > MAX_DK_LEN) {
      throw new IllegalArgumentException(
          "dklen must be in [" + MIN_DK_LEN + ", " + MAX_DK_LEN + "], got " + dkLen);
    }
    return salt.clone();
  }
}
