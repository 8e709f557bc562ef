package io.converge.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.math.BigInteger;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The native fast path and the pure-Java path must give the same answer for every input. */
class ImplementationAgreementTest {
  private final Secp256k1 java = Secp256k1.bouncyCastle();
  private Secp256k1 nativeLib;

  @BeforeEach
  void requireNative() {
    Optional<Secp256k1> loaded = Secp256k1.nativeLibrary();
    assumeThat(loaded).as("native libsecp256k1 on this platform").isPresent();
    nativeLib = loaded.get();
  }

  @Test
  void loadsTheNativeLibraryOnLinuxX86_64() {
    String os = System.getProperty("os.name").toLowerCase();
    String arch = System.getProperty("os.arch");
    if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
      assertThat(Secp256k1.best().name()).isEqualTo("libsecp256k1");
    }
  }

  @Test
  void signAndDeriveKeysIdentically() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200; i++) {
      byte[] key = Secp256k1Test.randomKey(random);
      byte[] hash = Secp256k1Test.randomBytes(random, 32);

      assertThat(nativeLib.publicKey(key)).isEqualTo(java.publicKey(key));
      assertThat(nativeLib.sign(hash, key)).isEqualTo(java.sign(hash, key));
    }
  }

  @Test
  void recoverIdenticallyFromArbitrarySignatures() {
    SplittableRandom random = new SplittableRandom(13);
    int recovered = 0;
    for (int i = 0; i < 400; i++) {
      byte[] hash = Secp256k1Test.randomBytes(random, 32);
      // Mostly full-width values (some >= n), sometimes tiny ones so that ids 2 and 3 can work.
      BigInteger r = arbitraryScalar(random);
      BigInteger s = arbitraryScalar(random);
      Signature sig = new Signature(r, s, random.nextInt(4));

      Optional<byte[]> expected = java.recover(hash, sig);
      Optional<byte[]> actual = nativeLib.recover(hash, sig);

      assertThat(actual.isPresent()).as("recovered %s", sig).isEqualTo(expected.isPresent());
      if (expected.isPresent()) {
        recovered++;
        assertThat(actual.get()).isEqualTo(expected.get());
      }
    }
    // Both outcomes must have been exercised for the comparison to mean anything.
    assertThat(recovered).isBetween(50, 350);
  }

  @Test
  void verifyIdenticallyIncludingHighSAndForeignKeys() {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 100; i++) {
      byte[] key = Secp256k1Test.randomKey(random);
      byte[] hash = Secp256k1Test.randomBytes(random, 32);
      Signature sig = java.sign(hash, key);
      Signature variant = random.nextBoolean() ? sig.withFlippedS() : sig;
      byte[] pub =
          random.nextBoolean()
              ? java.publicKey(key)
              : java.publicKey(Secp256k1Test.randomKey(random));

      assertThat(nativeLib.verify(hash, variant, pub)).isEqualTo(java.verify(hash, variant, pub));
    }
  }

  private static BigInteger arbitraryScalar(SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> BigInteger.valueOf(random.nextInt(64));
      case 1 -> Secp256k1.CURVE_ORDER.add(BigInteger.valueOf(random.nextInt(64) - 32)); // near n
      default -> new BigInteger(1, Secp256k1Test.randomBytes(random, 32));
    };
  }
}
