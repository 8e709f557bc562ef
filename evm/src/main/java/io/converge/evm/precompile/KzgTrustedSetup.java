package io.converge.evm.precompile;

import ethereum.ckzg4844.CKZG4844JNI;
import io.converge.crypto.hash.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The EIP-4844 trusted setup, loaded into c-kzg on first use. c-kzg keeps exactly one setup per process in native
 * memory and refuses a second load, so the load is a once-per-process fact; it is held by the JVM's lazy class
 * initialisation (thread-safe, runs once) rather than by a mutable static. The file ships on the classpath (see
 * evm/pom.xml) and is checked against the ceremony output's SHA-256 before use.
 */
final class KzgTrustedSetup {
  static final String RESOURCE = "/io/converge/evm/precompile/kzg/trusted_setup.txt";
  /** SHA-256 of the mainnet setup as shipped by c-kzg 4.1.0. */
  static final String SHA256 = "d39b9f2d047cc9dca2de58f264b6a09448ccd34db967881a6713eacacf0f26b7";

  private KzgTrustedSetup() {}

  /** Empty once the setup is loaded, else why it could not be; the first call does the loading. */
  static Optional<String> problem() {
    return Loaded.PROBLEM;
  }

  private static final class Loaded {
    static final Optional<String> PROBLEM = load();
  }

  private static Optional<String> load() {
    byte[] setup;
    try (InputStream in = KzgTrustedSetup.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.of("KZG trusted setup resource " + RESOURCE + " is missing from the classpath");
      }
      setup = in.readAllBytes();
    } catch (IOException e) {
      return Optional.of("cannot read the KZG trusted setup: " + e.getMessage());
    }
    String digest = HexFormat.of().formatHex(Sha256.hash(setup));
    if (!digest.equals(SHA256)) {
      return Optional.of("KZG trusted setup has SHA-256 " + digest + ", expected " + SHA256);
    }
    Path file = null;
    try {
      // c-kzg parses the setup from a file path.
      file = Files.createTempFile("converge-kzg-setup", ".txt");
      Files.write(file, setup);
      CKZG4844JNI.loadNativeLibrary();
      CKZG4844JNI.loadTrustedSetup(file.toString(), 0);
      return Optional.empty();
    } catch (IOException | RuntimeException | LinkageError e) {
      return Optional.of("cannot load the KZG trusted setup: " + e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a leftover temp file is harmless
        }
      }
    }
  }
}
