package io.converge.crypto.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeystoreJsonTest {
  private static final String SCRYPT = Web3SecretStorageVectors.SCRYPT_ETHEREUM_ORG;
  private static final String PBKDF2 = Web3SecretStorageVectors.PBKDF2;

  @Test
  void readsTheScryptVectorIntoTheRecordModel() throws KeystoreException {
    KeystoreFile file = KeystoreJson.parse(SCRYPT);

    assertThat(file.id()).hasToString("3198bc9c-6672-5ab3-d995-4942343ae5b6");
    assertThat(file.address()).isEmpty();
    assertThat(file.kdf())
        .isEqualTo(
            new KdfParams.Scrypt(
                ScryptCost.STANDARD,
                32,
                HexFormat.of()
                    .parseHex("25710c2ccd7c610b24d068af83b959b7a0e5f40641f0c82daeb1345766191034")));
    assertThat(HexFormat.of().formatHex(file.iv())).isEqualTo("740770fce12ce862af21264dab25f1da");
  }

  @Test
  void writingAndReadingBothVectorsLosesNothing() throws KeystoreException {
    for (String vector : new String[] {SCRYPT, PBKDF2}) {
      KeystoreFile file = KeystoreJson.parse(vector);
      assertThat(KeystoreJson.parse(KeystoreJson.write(file))).isEqualTo(file);
    }
    assertThat(KeystoreJson.write(KeystoreJson.parse(PBKDF2)))
        .contains(
            "\"kdf\":\"pbkdf2\",\"kdfparams\":{\"c\":262144,\"dklen\":32,\"prf\":\"hmac-sha256\",");
  }

  @Test
  void acceptsTheCapitalisedCryptoKeyGethAccepts() throws KeystoreException {
    assertThat(KeystoreJson.parse(SCRYPT.replace("\"crypto\"", "\"Crypto\"")))
        .isEqualTo(KeystoreJson.parse(SCRYPT));
  }

  @Test
  void acceptsAnAddressWithOrWithoutPrefix() throws KeystoreException {
    String address = Web3SecretStorageVectors.ADDRESS;
    KeystoreFile bare =
        KeystoreJson.parse(SCRYPT.replace("{\n", "{\"address\":\"" + address + "\",\n"));
    KeystoreFile prefixed =
        KeystoreJson.parse(SCRYPT.replace("{\n", "{\"address\":\"0x" + address + "\",\n"));

    assertThat(bare.address()).isPresent();
    assertThat(prefixed).isEqualTo(bare);
  }

  @Test
  void reportsAnUnsupportedKdf() {
    assertThat(problemOf(SCRYPT.replace("\"kdf\": \"scrypt\"", "\"kdf\": \"argon2id\"")))
        .isEqualTo(new KeystoreProblem.UnsupportedKdf("argon2id"));
    assertThat(problemOf(PBKDF2.replace("hmac-sha256", "hmac-sha512")))
        .isEqualTo(new KeystoreProblem.UnsupportedKdf("pbkdf2 with prf hmac-sha512"));
  }

  @Test
  void reportsAnUnsupportedCipherAndVersion() {
    assertThat(problemOf(SCRYPT.replace("aes-128-ctr", "aes-128-cbc")))
        .isEqualTo(new KeystoreProblem.UnsupportedCipher("aes-128-cbc"));
    assertThat(problemOf(SCRYPT.replace("\"version\": 3", "\"version\": 1")))
        .isEqualTo(new KeystoreProblem.UnsupportedVersion("1"));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"mac\": \"337a | \"mac\": \"zz7a | crypto.mac",
        "\"mac\": | \"MAC\": | crypto.mac",
        "\"iv\": \"740770fce12ce862af21264dab25f1da\" | \"iv\": \"740770fce12ce862af21264dab25f1\""
            + " | crypto.cipherparams.iv",
        "\"salt\": \"2571 | \"salt\": \"x571 | crypto.kdfparams.salt",
        "\"dklen\": 32 | \"dklen\": 16 | crypto.kdfparams.dklen",
        "\"dklen\": 32 | \"dklen\": \"32\" | crypto.kdfparams.dklen",
        "\"n\": 262144 | \"n\": 262143 | crypto.kdfparams",
        "\"n\": 262144 | \"n\": 1073741824 | crypto.kdfparams",
        "\"p\": 1 | \"p\": 0 | crypto.kdfparams",
        "\"id\": \"3198bc9c | \"id\": \"not-a-uuid | id",
        "\"ciphertext\": \"dd8a | \"ciphertext\": \"00dd8a | crypto.ciphertext",
        "\"ciphertext\": \"dd8a | \"ciphertext\": \"d8a | crypto.ciphertext",
        "\"cipherparams\": { | \"cipherparams\": 7, \"x\": { | crypto.cipherparams",
        "\"version\": 3 | \"ver\": 3 | version",
      })
  void namesTheMalformedField(String original, String replacement, String field) {
    String json = SCRYPT.replace(original, replacement);
    assertThat(json).isNotEqualTo(SCRYPT);

    assertThat(problemOf(json))
        .isInstanceOf(KeystoreProblem.MalformedField.class)
        .extracting(p -> ((KeystoreProblem.MalformedField) p).field())
        .isEqualTo(field);
  }

  @Test
  void explainsTheMalformedFieldInTheMessage() {
    assertThat(problemOf(SCRYPT.replace("\"mac\":", "\"MAC\":")).describe())
        .isEqualTo("key file field crypto.mac: missing");
    assertThat(
            problemOf(
                    SCRYPT.replace(
                        "740770fce12ce862af21264dab25f1da", "740770fce12ce862af21264dab25f1"))
                .describe())
        .isEqualTo("key file field crypto.cipherparams.iv: must be 16 bytes, got 15");
  }

  @Test
  void reportsTextThatIsNotJson() {
    assertThat(problemOf("{\"crypto\": ")).isInstanceOf(KeystoreProblem.NotJson.class);
    assertThat(problemOf("[]"))
        .isEqualTo(new KeystoreProblem.MalformedField("$", "the document must be a JSON object"));
  }

  private static KeystoreProblem problemOf(String json) {
    try {
      KeystoreJson.parse(json);
      throw new AssertionError("parsed " + json);
    } catch (KeystoreException e) {
      return e.problem();
    }
  }
}
