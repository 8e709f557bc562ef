package io.converge.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretTest {
  @TempDir
  Path dir;

  @Test
  void generatesAnOwnerOnlyHexFileWhenAbsent() throws IOException {
    Path file = dir.resolve("keys/jwtsecret");

    JwtSecret generated = JwtSecret.loadOrGenerate(file, new Random(3));

    assertThat(Files.readString(file)).matches("0x[0-9a-f]{64}").isEqualTo(generated.value().toHex());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(JwtSecret.loadOrGenerate(file, new Random(4))).isEqualTo(generated);
  }

  @Test
  void readsHexWithOrWithoutPrefixAndSurroundingWhitespace() throws IOException {
    Path file = dir.resolve("jwt.hex");
    Files.writeString(file, "  " + "ab".repeat(32) + "\n");

    assertThat(JwtSecret.load(file).value().toHex()).isEqualTo("0x" + "ab".repeat(32));
  }

  @Test
  void refusesASecretOfTheWrongLength() throws IOException {
    Path file = dir.resolve("short");
    Files.writeString(file, "0x1234");

    assertThatThrownBy(() -> JwtSecret.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("want 32 bytes of hex, found 2");
  }

  @Test
  void neverPrintsTheSecret() throws IOException {
    JwtSecret secret = JwtSecret.loadOrGenerate(dir.resolve("s"), new Random(5));

    assertThat(secret.toString()).doesNotContain(secret.value().toHex().substring(2, 10));
  }
}
