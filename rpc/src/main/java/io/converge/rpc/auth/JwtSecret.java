package io.converge.rpc.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.converge.types.Bytes;
import io.converge.types.Hex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 32-byte HS256 key shared with admin clients, kept in a file as 0x-prefixed hex like Geth's {@code jwtsecret}.
 */
public record JwtSecret(Bytes value) {
  public static final int SIZE = 32;
  static final String ALGORITHM = "HmacSHA256";

  public JwtSecret {
    Objects.requireNonNull(value, "value");
    if (value.size() != SIZE) {
      throw new IllegalArgumentException("JWT secret must be " + SIZE + " bytes, got " + value.size());
    }
  }

  /**
   * Reads the secret from {@code file}, or creates the file (owner-only where the file system allows) with a fresh
   * secret from {@code random}, which should be a SecureRandom.
   */
  public static JwtSecret loadOrGenerate(Path file, RandomGenerator random) throws IOException {
    if (Files.exists(file)) {
      return load(file);
    }
    byte[] secret = new byte[SIZE];
    random.nextBytes(secret);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException raced) {
      return load(file);
    }
    Files.writeString(file, Hex.encode(secret), StandardCharsets.US_ASCII);
    return new JwtSecret(Bytes.wrap(secret));
  }

  /** Reads a secret file: 64 hex digits, with or without 0x, surrounding whitespace ignored. */
  public static JwtSecret load(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    byte[] secret;
    try {
      secret = Hex.decode(text);
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid JWT secret in " + file + ": not hex");
    }
    if (secret.length != SIZE) {
      throw new IOException(
          "invalid JWT secret in " + file + ": want " + SIZE + " bytes of hex, found " + secret.length);
    }
    return new JwtSecret(Bytes.wrap(secret));
  }

  /** A compact HS256 token with only the {@code iat} claim, as consensus clients send. */
  public String sign(Instant issuedAt) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode header = json.createObjectNode().put("alg", "HS256").put("typ", "JWT");
    ObjectNode claims = json.createObjectNode().put("iat", issuedAt.getEpochSecond());
    String signingInput = base64(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
        + base64(claims.toString().getBytes(StandardCharsets.UTF_8));
    return signingInput + "." + base64(mac(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  byte[] mac(byte[] signingInput) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(value.unsafeArray(), ALGORITHM));
      return mac.doFinal(signingInput);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always provides " + ALGORITHM, e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "JwtSecret[redacted]";
  }
}
