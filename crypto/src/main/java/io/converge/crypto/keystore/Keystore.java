package io.converge.crypto.keystore;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.hd.AccountAddress;
import io.converge.crypto.secp256k1.Secp256k1;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * Encrypts private keys into version 3 key files and decrypts them, interoperating with Geth, Clef,
 * ethers and web3.js. The password is used as its UTF-8 bytes without normalization, as Geth does,
 * so a file opens with exactly the password that locked it.
 */
public final class Keystore {
  private static final int SALT_SIZE = 32;
  private static final int DK_LEN = 32;
  private static final int CIPHER_KEY_SIZE = 16;

  private Keystore() {}

  /** Locks {@code privateKey32} under {@code password} with Geth's standard scrypt cost. */
  public static KeystoreFile encrypt(byte[] privateKey32, String password, RandomGenerator random) {
    return encrypt(privateKey32, password, ScryptCost.STANDARD, random);
  }

  /**
   * Locks {@code privateKey32} under {@code password} with scrypt at {@code cost}. {@code random}
   * supplies the salt, IV and UUID; it must be a {@link java.security.SecureRandom} for real keys
   * and is injected so that tests are deterministic.
   */
  public static KeystoreFile encrypt(
      byte[] privateKey32, String password, ScryptCost cost, RandomGenerator random) {
    Objects.requireNonNull(password, "password");
    // Checks the key is a valid secp256k1 scalar before anything is written.
    AccountAddress address = AccountAddress.fromPrivateKey(privateKey32);
    byte[] salt = randomBytes(random, SALT_SIZE);
    byte[] iv = randomBytes(random, KeystoreFile.IV_SIZE);
    UUID id = randomUuid(random);
    KdfParams kdf = new KdfParams.Scrypt(cost, DK_LEN, salt);
    byte[] derivedKey = deriveKey(kdf, password);
    byte[] ciphertext = aes128Ctr(derivedKey, iv, privateKey32);
    return new KeystoreFile(
        id, Optional.of(address), iv, ciphertext, kdf, mac(derivedKey, ciphertext));
  }

  /**
   * The private key in {@code file}. Fails with {@link KeystoreProblem.WrongPassword} when the MAC
   * does not match, and with {@link KeystoreProblem.AddressMismatch} when the file names an address
   * its key does not have.
   */
  public static byte[] decrypt(KeystoreFile file, String password) throws KeystoreException {
    Objects.requireNonNull(password, "password");
    byte[] derivedKey = deriveKey(file.kdf(), password);
    byte[] ciphertext = file.ciphertext();
    // Constant time, so that timing does not say how much of a guessed MAC was right.
    if (!MessageDigest.isEqual(mac(derivedKey, ciphertext), file.mac())) {
      throw new KeystoreException(new KeystoreProblem.WrongPassword());
    }
    // A short plaintext is a key whose leading zero bytes an old Geth dropped: put them back.
    byte[] privateKey = new byte[Secp256k1.PRIVATE_KEY_SIZE];
    byte[] plaintext = aes128Ctr(derivedKey, file.iv(), ciphertext);
    System.arraycopy(
        plaintext, 0, privateKey, privateKey.length - plaintext.length, plaintext.length);
    BigInteger d = new BigInteger(1, privateKey);
    if (d.signum() == 0 || d.compareTo(Secp256k1.CURVE_ORDER) >= 0) {
      throw new KeystoreException(
          new KeystoreProblem.MalformedField(
              "crypto.ciphertext", "decrypts to a value that is not a secp256k1 private key"));
    }
    AccountAddress actual = AccountAddress.fromPrivateKey(privateKey);
    if (file.address().isPresent() && !file.address().get().equals(actual)) {
      throw new KeystoreException(
          new KeystoreProblem.AddressMismatch(file.address().get(), actual));
    }
    return privateKey;
  }

  static byte[] deriveKey(KdfParams kdf, String password) {
    byte[] passwordBytes = password.getBytes(StandardCharsets.UTF_8);
    if (kdf instanceof KdfParams.Scrypt scrypt) {
      return ScryptFunction.derive(passwordBytes, scrypt.salt(), scrypt.cost(), scrypt.dkLen());
    }
    KdfParams.Pbkdf2 pbkdf2 = (KdfParams.Pbkdf2) kdf;
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
    generator.init(passwordBytes, pbkdf2.salt(), pbkdf2.iterations());
    return ((KeyParameter) generator.generateDerivedParameters(pbkdf2.dkLen() * 8)).getKey();
  }

  /** keccak256(DK[16..32] ++ ciphertext): the definition's MAC. */
  static byte[] mac(byte[] derivedKey, byte[] ciphertext) {
    byte[] body = new byte[16 + ciphertext.length];
    System.arraycopy(derivedKey, 16, body, 0, 16);
    System.arraycopy(ciphertext, 0, body, 16, ciphertext.length);
    return Keccak256.hash(body);
  }

  /** AES-128 in counter mode keyed with DK[0..16]; encryption and decryption are the same. */
  private static byte[] aes128Ctr(byte[] derivedKey, byte[] iv, byte[] input) {
    StreamCipher ctr = SICBlockCipher.newInstance(AESEngine.newInstance());
    ctr.init(
        true,
        new ParametersWithIV(
            new KeyParameter(Arrays.copyOfRange(derivedKey, 0, CIPHER_KEY_SIZE)), iv));
    byte[] out = new byte[input.length];
    ctr.processBytes(input, 0, input.length, out, 0);
    return out;
  }

  private static byte[] randomBytes(RandomGenerator random, int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A version 4 (random) UUID from the injected source, as RFC 4122 section 4.4 lays it out. */
  private static UUID randomUuid(RandomGenerator random) {
    long high = (random.nextLong() & ~0xf000L) | 0x4000L;
    long low = (random.nextLong() & 0x3fff_ffff_ffff_ffffL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
