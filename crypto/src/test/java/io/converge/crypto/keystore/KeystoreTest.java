package io.converge.crypto.keystore;

import static io.converge.crypto.keystore.Web3SecretStorageVectors.ADDRESS;
import static io.converge.crypto.keystore.Web3SecretStorageVectors.PASSWORD;
import static io.converge.crypto.keystore.Web3SecretStorageVectors.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.crypto.hd.AccountAddress;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void decryptsTheScryptTestVector() throws KeystoreException {
    KeystoreFile file = KeystoreJson.parse(Web3SecretStorageVectors.SCRYPT);

    byte[] derivedKey = Keystore.deriveKey(file.kdf(), PASSWORD);
    assertThat(HEX.formatHex(derivedKey)).isEqualTo(Web3SecretStorageVectors.SCRYPT_DERIVED_KEY);
    assertThat(Keystore.mac(derivedKey, file.ciphertext())).isEqualTo(file.mac());
    assertThat(HEX.formatHex(Keystore.decrypt(file, PASSWORD))).isEqualTo(SECRET);
  }

  /**
   * Pins a finding rather than a wish: ethereum.org's scrypt vector is internally consistent only
   * from its stated derived key on, so it opens with no password (the MAC, CTR and vector parts are
   * verified through that key).
   */
  @Test
  void ethereumOrgScryptVectorIsNotScryptOfItsStatedParameters() throws KeystoreException {
    KeystoreFile file = KeystoreJson.parse(Web3SecretStorageVectors.SCRYPT_ETHEREUM_ORG);
    byte[] statedKey = HEX.parseHex(Web3SecretStorageVectors.SCRYPT_ETHEREUM_ORG_STATED_KEY);

    assertThat(Keystore.mac(statedKey, file.ciphertext())).isEqualTo(file.mac());
    assertThat(HEX.formatHex(Keystore.deriveKey(file.kdf(), PASSWORD)))
        .isEqualTo(Web3SecretStorageVectors.SCRYPT_ETHEREUM_ORG_ACTUAL_KEY);
    assertThatThrownBy(() -> Keystore.decrypt(file, PASSWORD))
        .extracting(e -> ((KeystoreException) e).problem())
        .isEqualTo(new KeystoreProblem.WrongPassword());
  }

  @Test
  void restoresLeadingZeroBytesThatOldGethVersionsDropped() throws KeystoreException {
    assertThat(
            HEX.formatHex(
                Keystore.decrypt(KeystoreJson.parse(Web3SecretStorageVectors.KEY_31_BYTES), "foo")))
        .isEqualTo("00" + Web3SecretStorageVectors.KEY_31_BYTES_SECRET);
    assertThat(
            HEX.formatHex(
                Keystore.decrypt(KeystoreJson.parse(Web3SecretStorageVectors.KEY_30_BYTES), "foo")))
        .isEqualTo("0000" + Web3SecretStorageVectors.KEY_30_BYTES_SECRET);
  }

  @Test
  void decryptsThePbkdf2TestVector() throws KeystoreException {
    KeystoreFile file = KeystoreJson.parse(Web3SecretStorageVectors.PBKDF2);

    assertThat(HEX.formatHex(Keystore.deriveKey(file.kdf(), PASSWORD)))
        .isEqualTo(Web3SecretStorageVectors.PBKDF2_DERIVED_KEY);
    assertThat(HEX.formatHex(Keystore.decrypt(file, PASSWORD))).isEqualTo(SECRET);
  }

  @Test
  void theVectorSecretBelongsToTheVectorAddress() {
    assertThat(AccountAddress.fromPrivateKey(HEX.parseHex(SECRET)))
        .isEqualTo(new AccountAddress(HEX.parseHex(ADDRESS)));
  }

  @Test
  void reportsAWrongPasswordByTheMac() throws KeystoreException {
    KeystoreFile file = KeystoreJson.parse(Web3SecretStorageVectors.PBKDF2);

    assertThatThrownBy(() -> Keystore.decrypt(file, "testpassword2"))
        .isInstanceOf(KeystoreException.class)
        .hasMessageContaining("wrong password")
        .extracting(e -> ((KeystoreException) e).problem())
        .isEqualTo(new KeystoreProblem.WrongPassword());
  }

  @Test
  void roundTripsAKeyThroughJsonWithLightParameters() throws KeystoreException {
    byte[] key = HEX.parseHex(SECRET);

    KeystoreFile file =
        Keystore.encrypt(key, "correct horse", ScryptCost.LIGHT, new SplittableRandom(1));
    String json = KeystoreJson.write(file);
    KeystoreFile read = KeystoreJson.parse(json);

    assertThat(read).isEqualTo(file);
    assertThat(Keystore.decrypt(read, "correct horse")).isEqualTo(key);
    assertThat(read.address()).contains(new AccountAddress(HEX.parseHex(ADDRESS)));
    assertThat(json)
        .startsWith("{\"address\":\"" + ADDRESS + "\",\"crypto\":{\"cipher\":\"aes-128-ctr\",")
        .contains("\"kdf\":\"scrypt\",\"kdfparams\":{\"dklen\":32,\"n\":4096,\"p\":6,\"r\":8,")
        .endsWith(",\"id\":\"" + file.id() + "\",\"version\":3}");
    assertThatThrownBy(() -> Keystore.decrypt(read, "Correct horse"))
        .isInstanceOf(KeystoreException.class);
  }

  @Test
  void encryptsWithGethsStandardScryptCostByDefault() throws KeystoreException {
    byte[] key = HEX.parseHex(SECRET);

    KeystoreFile file =
        Keystore.encrypt(key, PASSWORD, new SplittableRandom(2));

    assertThat(file.kdf())
        .isInstanceOf(KdfParams.Scrypt.class)
        .extracting(kdf -> ((KdfParams.Scrypt) kdf).cost())
        .isEqualTo(new ScryptCost(262144, 8, 1));
    assertThat(Keystore.decrypt(file, PASSWORD)).isEqualTo(key);
  }

  @Test
  void drawsSaltIvAndAVersionFourUuidFromTheInjectedRandomness() {
    byte[] key = HEX.parseHex(SECRET);

    KeystoreFile a = Keystore.encrypt(key, PASSWORD, ScryptCost.LIGHT, new SplittableRandom(3));
    KeystoreFile b = Keystore.encrypt(key, PASSWORD, ScryptCost.LIGHT, new SplittableRandom(3));
    KeystoreFile c = Keystore.encrypt(key, PASSWORD, ScryptCost.LIGHT, new SplittableRandom(4));

    assertThat(a).isEqualTo(b);
    assertThat(c.kdf().salt()).isNotEqualTo(a.kdf().salt());
    assertThat(c.iv()).isNotEqualTo(a.iv());
    assertThat(a.id().version()).isEqualTo(4);
    assertThat(a.id().variant()).isEqualTo(2);
  }

  @Test
  void refusesAFileWhoseKeyIsNotTheAddressItNames() throws KeystoreException {
    KeystoreFile file =
        Keystore.encrypt(HEX.parseHex(SECRET), PASSWORD, ScryptCost.LIGHT, new SplittableRandom(5));
    String otherAddress = "f39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    KeystoreFile relabelled =
        KeystoreJson.parse(KeystoreJson.write(file).replace(ADDRESS, otherAddress));

    assertThatThrownBy(() -> Keystore.decrypt(relabelled, PASSWORD))
        .isInstanceOf(KeystoreException.class)
        .extracting(e -> ((KeystoreException) e).problem())
        .isEqualTo(
            new KeystoreProblem.AddressMismatch(
                new AccountAddress(HEX.parseHex(otherAddress)),
                new AccountAddress(HEX.parseHex(ADDRESS))));
  }

  @Test
  void refusesToEncryptAnInvalidPrivateKey() {
    assertThatThrownBy(
            () ->
                Keystore.encrypt(new byte[32], PASSWORD, ScryptCost.LIGHT, new SplittableRandom(6)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesTheFileAsGethDoes() {
    KeystoreFile file =
        Keystore.encrypt(HEX.parseHex(SECRET), PASSWORD, ScryptCost.LIGHT, new SplittableRandom(7));

    assertThat(file.gethFileName(Instant.parse("2016-03-22T12:57:55.920751759Z")))
        .contains("UTC--2016-03-22T12-57-55.920751759Z--" + ADDRESS);
    assertThat(
            new KeystoreFile(
                    file.id(),
                    Optional.empty(),
                    file.iv(),
                    file.ciphertext(),
                    file.kdf(),
                    file.mac())
                .gethFileName(Instant.EPOCH))
        .isEmpty();
  }

  @Test
  void writesAFileOnlyItsOwnerCanReadAndNeverOverwrites(@TempDir Path dir)
      throws IOException, KeystoreException {
    KeystoreFile file =
        Keystore.encrypt(HEX.parseHex(SECRET), PASSWORD, ScryptCost.LIGHT, new SplittableRandom(8));
    Path path = dir.resolve("key.json");

    KeystoreJson.write(file, path);

    assertThat(KeystoreJson.read(path)).isEqualTo(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
        .isEqualTo("rw-------");
    assertThatThrownBy(() -> KeystoreJson.write(file, path))
        .isInstanceOf(FileAlreadyExistsException.class);
  }
}
