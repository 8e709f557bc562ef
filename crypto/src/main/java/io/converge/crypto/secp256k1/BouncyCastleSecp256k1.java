package io.converge.crypto.secp256k1;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * secp256k1 on BouncyCastle's curve arithmetic. ECDSA is written out here rather than taken from
 * {@code ECDSASigner} because signing must report R's y parity (the recovery id) and recovery
 * (SEC 1 v2, section 4.1.6) has no BouncyCastle counterpart.
 */
final class BouncyCastleSecp256k1 implements Secp256k1 {
  // The custom curve uses the GLV endomorphism: several times faster than the generic one.
  private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256k1");
  private static final ECCurve CURVE = PARAMETERS.getCurve();
  private static final ECPoint G = PARAMETERS.getG();
  private static final BigInteger N = PARAMETERS.getN();
  private static final BigInteger P = CURVE.getField().getCharacteristic();

  private final FixedPointCombMultiplier generatorMultiplier = new FixedPointCombMultiplier();

  BouncyCastleSecp256k1() {
    if (!N.equals(CURVE_ORDER)) {
      throw new IllegalStateException("BouncyCastle's secp256k1 order differs from CURVE_ORDER");
    }
  }

  @Override
  public byte[] publicKey(byte[] privateKey32) {
    BigInteger d = Arguments.requirePrivateKey(privateKey32);
    return encode(generatorMultiplier.multiply(G, d));
  }

  @Override
  public Signature sign(byte[] hash32, byte[] privateKey32) {
    Arguments.requireHash(hash32);
    BigInteger d = Arguments.requirePrivateKey(privateKey32);
    BigInteger e = new BigInteger(1, hash32);
    HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
    nonces.init(N, d, hash32);
    while (true) {
      BigInteger k = nonces.nextK();
      ECPoint rPoint = generatorMultiplier.multiply(G, k).normalize();
      BigInteger x = rPoint.getAffineXCoord().toBigInteger();
      BigInteger r = x.mod(N);
      if (r.signum() == 0) {
        continue; // RFC 6979 3.2 step h.3: try the next k
      }
      BigInteger s = BigIntegers.modOddInverse(N, k).multiply(e.add(d.multiply(r))).mod(N);
      if (s.signum() == 0) {
        continue;
      }
      int recoveryId =
          (rPoint.getAffineYCoord().testBitZero() ? 1 : 0) | (x.compareTo(N) >= 0 ? 2 : 0);
      // EIP-2: publish the low-s form; -R has the opposite y parity.
      if (s.compareTo(HALF_CURVE_ORDER) > 0) {
        s = N.subtract(s);
        recoveryId ^= 1;
      }
      return new Signature(r, s, recoveryId);
    }
  }

  @Override
  public Optional<byte[]> recover(byte[] hash32, Signature sig) {
    Arguments.requireHash(hash32);
    if (!sig.scalarsInRange()) {
      return Optional.empty();
    }
    BigInteger x = (sig.recoveryId() & 2) == 0 ? sig.r() : sig.r().add(N);
    Optional<ECPoint> rPoint = decompress(x, (sig.recoveryId() & 1) == 1);
    if (rPoint.isEmpty()) {
      return Optional.empty();
    }
    // Q = r^-1 (s R - e G)
    BigInteger rInverse = BigIntegers.modOddInverse(N, sig.r());
    BigInteger e = new BigInteger(1, hash32);
    BigInteger generatorFactor = e.negate().multiply(rInverse).mod(N);
    BigInteger rFactor = sig.s().multiply(rInverse).mod(N);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(G, generatorFactor, rPoint.get(), rFactor);
    return q.isInfinity() ? Optional.empty() : Optional.of(encode(q));
  }

  @Override
  public boolean verify(byte[] hash32, Signature sig, byte[] publicKey64) {
    Arguments.requireHash(hash32);
    Arguments.requirePublicKey(publicKey64);
    if (!sig.scalarsInRange()) {
      return false;
    }
    Optional<ECPoint> q = decodePublicKey(publicKey64);
    if (q.isEmpty()) {
      return false;
    }
    BigInteger w = BigIntegers.modOddInverse(N, sig.s());
    BigInteger u1 = new BigInteger(1, hash32).multiply(w).mod(N);
    BigInteger u2 = sig.r().multiply(w).mod(N);
    ECPoint x = ECAlgorithms.sumOfTwoMultiplies(G, u1, q.get(), u2).normalize();
    return !x.isInfinity() && x.getAffineXCoord().toBigInteger().mod(N).equals(sig.r());
  }

  @Override
  public String name() {
    return "BouncyCastle";
  }

  @Override
  public String toString() {
    return name();
  }

  private static Optional<ECPoint> decompress(BigInteger x, boolean yOdd) {
    if (x.compareTo(P) >= 0) {
      return Optional.empty();
    }
    byte[] encoded = new byte[33];
    encoded[0] = (byte) (yOdd ? 0x03 : 0x02);
    System.arraycopy(BigIntegers.asUnsignedByteArray(32, x), 0, encoded, 1, 32);
    try {
      return Optional.of(CURVE.decodePoint(encoded));
    } catch (IllegalArgumentException notOnCurve) {
      return Optional.empty();
    }
  }

  private static Optional<ECPoint> decodePublicKey(byte[] publicKey64) {
    byte[] encoded = new byte[65];
    encoded[0] = 0x04;
    System.arraycopy(publicKey64, 0, encoded, 1, 64);
    try {
      // decodePoint rejects coordinates >= p and points off the curve.
      return Optional.of(CURVE.decodePoint(encoded));
    } catch (IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  private static byte[] encode(ECPoint point) {
    byte[] uncompressed = point.normalize().getEncoded(false);
    return Arrays.copyOfRange(uncompressed, 1, 65);
  }
}
