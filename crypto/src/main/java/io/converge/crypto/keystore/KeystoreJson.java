package io.converge.crypto.keystore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.converge.crypto.hd.AccountAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes the JSON text of version 3 key files. Writing follows Geth's layout (lower-case
 * hex without 0x, the same field order); reading is as lenient as Geth where files in the wild
 * differ (a capitalised {@code Crypto} key, an address with 0x) and names the field whenever it
 * refuses.
 */
public final class KeystoreJson {
  // Immutable once built; ObjectMapper is thread-safe for reading and writing trees.
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private KeystoreJson() {}

  public static KeystoreFile parse(String json) throws KeystoreException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new KeystoreException(new KeystoreProblem.NotJson(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw malformed("$", "the document must be a JSON object");
    }
    JsonNode version = root.get("version");
    if (version == null) {
      throw malformed("version", "missing");
    }
    if (!version.isIntegralNumber() || version.asLong() != KeystoreFile.VERSION) {
      throw new KeystoreException(new KeystoreProblem.UnsupportedVersion(version.toString()));
    }
    // Go's encoding/json matches keys case-insensitively, so Geth reads MyEtherWallet's "Crypto".
    JsonNode crypto = root.has("crypto") ? root.get("crypto") : root.get("Crypto");
    if (crypto == null || !crypto.isObject()) {
      throw malformed("crypto", crypto == null ? "missing" : "must be an object");
    }
    String cipher = text(crypto, "crypto", "cipher");
    if (!cipher.equals(KeystoreFile.CIPHER)) {
      throw new KeystoreException(new KeystoreProblem.UnsupportedCipher(cipher));
    }
    KdfParams kdf = kdf(crypto);
    return new KeystoreFile(
        uuid(root),
        address(root),
        hex(
            object(crypto, "crypto", "cipherparams"),
            "crypto.cipherparams",
            "iv",
            KeystoreFile.IV_SIZE),
        ciphertext(crypto),
        kdf,
        hex(crypto, "crypto", "mac", KeystoreFile.MAC_SIZE));
  }

  /** Compact JSON in Geth's layout. */
  public static String write(KeystoreFile file) {
    ObjectNode root = MAPPER.createObjectNode();
    file.address().ifPresent(a -> root.put("address", HEX.formatHex(a.bytes())));
    ObjectNode crypto = root.putObject("crypto");
    crypto.put("cipher", KeystoreFile.CIPHER);
    crypto.put("ciphertext", HEX.formatHex(file.ciphertext()));
    crypto.putObject("cipherparams").put("iv", HEX.formatHex(file.iv()));
    crypto.put("kdf", file.kdf().name());
    ObjectNode params = crypto.putObject("kdfparams");
    if (file.kdf() instanceof KdfParams.Scrypt scrypt) {
      params.put("dklen", scrypt.dkLen());
      params.put("n", scrypt.cost().n());
      params.put("p", scrypt.cost().p());
      params.put("r", scrypt.cost().r());
    } else if (file.kdf() instanceof KdfParams.Pbkdf2 pbkdf2) {
      params.put("c", pbkdf2.iterations());
      params.put("dklen", pbkdf2.dkLen());
      params.put("prf", "hmac-sha256");
    }
    params.put("salt", HEX.formatHex(file.kdf().salt()));
    crypto.put("mac", HEX.formatHex(file.mac()));
    root.put("id", file.id().toString());
    root.put("version", KeystoreFile.VERSION);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of strings and numbers always serializes", e);
    }
  }

  public static KeystoreFile read(Path path) throws IOException, KeystoreException {
    return parse(Files.readString(path, StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code file} to {@code path}, which must not exist yet: a key file is never replaced.
   * Where the file system has POSIX permissions the file is readable by its owner only, as Geth
   * makes it, because the ciphertext is all an offline password search needs.
   */
  public static void write(KeystoreFile file, Path path) throws IOException {
    if (path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(path, write(file), StandardCharsets.UTF_8);
    } else {
      Files.writeString(path, write(file), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
  }

  private static KdfParams kdf(JsonNode crypto) throws KeystoreException {
    String name = text(crypto, "crypto", "kdf");
    if (!name.equals("scrypt") && !name.equals("pbkdf2")) {
      throw new KeystoreException(new KeystoreProblem.UnsupportedKdf(name));
    }
    JsonNode params = object(crypto, "crypto", "kdfparams");
    String at = "crypto.kdfparams";
    int dkLen = integer(params, at, "dklen");
    if (dkLen < KdfParams.MIN_DK_LEN || dkLen > KdfParams.MAX_DK_LEN) {
      throw malformed(
          at + ".dklen",
          "must be in [" + KdfParams.MIN_DK_LEN + ", " + KdfParams.MAX_DK_LEN + "], got " + dkLen);
    }
    byte[] salt = hex(params, at, "salt", -1);
    if (name.equals("scrypt")) {
      int n = integer(params, at, "n");
      int r = integer(params, at, "r");
      int p = integer(params, at, "p");
      Optional<String> problem = ScryptCost.problemWith(n, r, p);
      if (problem.isPresent()) {
        throw malformed(at, problem.get());
      }
      return new KdfParams.Scrypt(new ScryptCost(n, r, p), dkLen, salt);
    }
    String prf = text(params, at, "prf");
    if (!prf.equals("hmac-sha256")) {
      throw new KeystoreException(new KeystoreProblem.UnsupportedKdf("pbkdf2 with prf " + prf));
    }
    int iterations = integer(params, at, "c");
    if (iterations < 1) {
      throw malformed(at + ".c", "must be at least 1, got " + iterations);
    }
    return new KdfParams.Pbkdf2(iterations, dkLen, salt);
  }

  private static byte[] ciphertext(JsonNode crypto) throws KeystoreException {
    byte[] ciphertext = hex(crypto, "crypto", "ciphertext", -1);
    if (ciphertext.length < 1 || ciphertext.length > KeystoreFile.MAX_CIPHERTEXT_SIZE) {
      throw malformed(
          "crypto.ciphertext", "must be 1 to 32 bytes (a private key), got " + ciphertext.length);
    }
    return ciphertext;
  }

  private static UUID uuid(JsonNode root) throws KeystoreException {
    String id = text(root, "", "id");
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw malformed("id", "not a UUID: \"" + id + "\"");
    }
  }

  /** Optional in the definition; with or without 0x, since some tools write it. */
  private static Optional<AccountAddress> address(JsonNode root) throws KeystoreException {
    JsonNode node = root.get("address");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw malformed("address", "must be a string");
    }
    String digits = node.asText().startsWith("0x") ? node.asText().substring(2) : node.asText();
    return Optional.of(new AccountAddress(decodeHex("address", digits, AccountAddress.SIZE)));
  }

  private static JsonNode object(JsonNode parent, String at, String name) throws KeystoreException {
    JsonNode node = parent.get(name);
    if (node == null || !node.isObject()) {
      throw malformed(path(at, name), node == null ? "missing" : "must be an object");
    }
    return node;
  }

  private static String text(JsonNode parent, String at, String name) throws KeystoreException {
    JsonNode node = parent.get(name);
    if (node == null || !node.isTextual()) {
      throw malformed(path(at, name), node == null ? "missing" : "must be a string");
    }
    return node.asText();
  }

  private static int integer(JsonNode parent, String at, String name) throws KeystoreException {
    JsonNode node = parent.get(name);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      throw malformed(
          path(at, name), node == null ? "missing" : "must be a 32-bit integer, got " + node);
    }
    return node.asInt();
  }

  /** A hex string field of {@code length} bytes, or of any length when length is -1. */
  private static byte[] hex(JsonNode parent, String at, String name, int length)
      throws KeystoreException {
    return decodeHex(path(at, name), text(parent, at, name), length);
  }

  private static byte[] decodeHex(String field, String digits, int length)
      throws KeystoreException {
    byte[] bytes;
    try {
      bytes = HEX.parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw malformed(field, "not hex: \"" + digits + "\"");
    }
    if (length >= 0 && bytes.length != length) {
      throw malformed(field, "must be " + length + " bytes, got " + bytes.length);
    }
    return bytes;
  }

  private static String path(String at, String name) {
    return at.isEmpty() ? name : at + "." + name;
  }

  private static KeystoreException malformed(String field, String reason) {
    return new KeystoreException(new KeystoreProblem.MalformedField(field, reason));
  }
}
