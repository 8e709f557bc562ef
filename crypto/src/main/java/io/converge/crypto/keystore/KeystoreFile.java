package io.converge.crypto.keystore;

import io.converge.crypto.hd.AccountAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The content of a version 3 key file. The cipher is always AES-128-CTR, the only one Geth writes
 * or reads, so it is not a field; {@link KeystoreJson} rejects files naming another.
 *
 * @param id the file's UUID
 * @param address the account the file says it holds; optional in the definition, Geth writes it
 * @param iv the 16-byte AES-CTR initial counter ({@code crypto.cipherparams.iv})
 * @param ciphertext the encrypted private key: 32 bytes, or fewer in files from Geth versions that
 *     dropped a key's leading zero bytes (Geth still reads them, so this does too)
 * @param kdf the key derivation function and its parameters
 * @param mac keccak256(derivedKey[16..32] ++ ciphertext)
 */
public record KeystoreFile(
    UUID id,
    Optional<AccountAddress> address,
    byte[] iv,
    byte[] ciphertext,
    KdfParams kdf,
    byte[] mac) {
  public static final int VERSION = 3;
  public static final String CIPHER = "aes-128-ctr";
  public static final int IV_SIZE = 16;
  public static final int MAC_SIZE = 32;
  public static final int MAX_CIPHERTEXT_SIZE = 32;

  private static final DateTimeFormatter GETH_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  public KeystoreFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kdf, "kdf");
    iv = requireLength("iv", iv, IV_SIZE);
    Objects.requireNonNull(ciphertext, "ciphertext");
    if (ciphertext.length < 1 || ciphertext.length > MAX_CIPHERTEXT_SIZE) {
      throw new IllegalArgumentException(
          "ciphertext must be 1 to 32 bytes, got " + ciphertext.length);
    }
    ciphertext = ciphertext.clone();
    mac = requireLength("mac", mac, MAC_SIZE);
  }

  @Override
  public byte[] iv() {
    return iv.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public byte[] mac() {
    return mac.clone();
  }

  /**
   * The name Geth gives this file in its keystore directory, {@code
   * UTC--2016-03-22T12-57-55.920751759Z--<address>}, for a file created at {@code createdAt}
   * (injected: this module does not read the clock). Empty when the file names no address.
   */
  public Optional<String> gethFileName(Instant createdAt) {
    return address.map(
        a -> "UTC--" + GETH_TIME.format(createdAt) + "--" + HexFormat.of().formatHex(a.bytes()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeystoreFile other
        && id.equals(other.id)
        && address.equals(other.address)
        && Arrays.equals(iv, other.iv)
        && Arrays.equals(ciphertext, other.ciphertext)
        && kdf.equals(other.kdf)
        && Arrays.equals(mac, other.mac);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, address, Arrays.hashCode(ciphertext), kdf, Arrays.hashCode(mac));
  }

  /** The ciphertext is safe to show: without the password it is noise. */
  @Override
  public String toString() {
    HexFormat hex = HexFormat.of();
    return "KeystoreFile[id="
        + id
        + ", address="
        + address.map(AccountAddress::toChecksumHex).orElse("none")
        + ", iv="
        + hex.formatHex(iv)
        + ", ciphertext="
        + hex.formatHex(ciphertext)
        + ", kdf="
        + kdf
        + ", mac="
        + hex.formatHex(mac)
        + "]";
  }

  private static byte[] requireLength(String field, byte[] value, int length) {
    Objects.requireNonNull(value, field);
    if (value.length != length) {
      throw new IllegalArgumentException(
          field + " must be " + length + " bytes, got " + value.length);
    }
    return value.clone();
  }
}
