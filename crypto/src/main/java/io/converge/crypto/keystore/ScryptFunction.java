package io.converge.crypto.keystore;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.Pack;

/**
 * scrypt (RFC 7914) on BouncyCastle's PBKDF2 and Salsa20 core. BouncyCastle's own {@code SCrypt}
 * refuses r = 1 with N >= 2^16 (RFC 7914's bound N < 2^(128r/8)), but Go's scrypt, and so Geth,
 * accept it, and the Web3 Secret Storage scrypt vector Geth tests with is exactly N = 2^18, r = 1,
 * p = 8. Reading every file Geth reads means computing those too.
 */
final class ScryptFunction {
  private static final int SALSA_ROUNDS = 8;

  private ScryptFunction() {}

  static byte[] derive(byte[] password, byte[] salt, ScryptCost cost, int dkLen) {
    int n = cost.n();
    int r = cost.r();
    int blockInts = 32 * r; // 128 * r bytes
    byte[] b = pbkdf2Sha256(password, salt, cost.p() * 128 * r);
    int[] x = new int[blockInts];
    int[] v = new int[n * blockInts];
    Mixer mixer = new Mixer(r);
    for (int i = 0; i < cost.p(); i++) {
      Pack.littleEndianToInt(b, i * 128 * r, x);
      romix(x, v, n, mixer);
      Pack.intToLittleEndian(x, b, i * 128 * r);
    }
    return pbkdf2Sha256(password, b, dkLen);
  }

  /** ROMix: fill V with successive BlockMix outputs, then mix back in entries X itself selects. */
  private static void romix(int[] x, int[] v, int n, Mixer mixer) {
    int blockInts = x.length;
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, 0, v, i * blockInts, blockInts);
      mixer.blockMix(x);
    }
    for (int i = 0; i < n; i++) {
      // Integerify: the first 64-bit word of the last 64-byte block; N <= 2^30 needs its low int.
      int j = x[blockInts - 16] & (n - 1);
      for (int k = 0; k < blockInts; k++) {
        x[k] ^= v[j * blockInts + k];
      }
      mixer.blockMix(x);
    }
  }

  private static byte[] pbkdf2Sha256(byte[] password, byte[] salt, int bytes) {
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
    generator.init(password, salt, 1);
    return ((KeyParameter) generator.generateDerivedParameters(bytes * 8)).getKey();
  }

  /** BlockMix with Salsa20/8, with its scratch arrays reused across the 2N calls of a ROMix. */
  private static final class Mixer {
    private final int r;
    private final int[] y;
    private final int[] t = new int[16];
    private final int[] out = new int[16];

    Mixer(int r) {
      this.r = r;
      this.y = new int[32 * r];
    }

    /** B -> (Y0, Y2, ..., Y2r-2, Y1, Y3, ..., Y2r-1) where Yi = Salsa(Yi-1 xor Bi). */
    void blockMix(int[] b) {
      System.arraycopy(b, (2 * r - 1) * 16, out, 0, 16);
      for (int i = 0; i < 2 * r; i++) {
        for (int k = 0; k < 16; k++) {
          t[k] = out[k] ^ b[i * 16 + k];
        }
        Salsa20Engine.salsaCore(SALSA_ROUNDS, t, out);
        int destination = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
        System.arraycopy(out, 0, y, destination, 16);
      }
      System.arraycopy(y, 0, b, 0, y.length);
    }
  }
}
