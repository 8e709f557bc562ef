package io.converge.crypto.bn254;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A point of G1, the curve y^2 = x^3 + 3 over F_p (every such point has order r: the cofactor is 1). Immutable and
 * always valid; instances come only from decoding or from group operations.
 */
public final class G1Point {
  /** Two 32-byte big-endian coordinates; (0, 0) stands for the point at infinity. */
  public static final int ENCODED_SIZE = 64;

  static final ShortWeierstrassCurve<Fp> CURVE = new ShortWeierstrassCurve<>(Fp.of(3), Fp.ONE);

  public static final G1Point INFINITY = new G1Point(null);
  public static final G1Point GENERATOR = new G1Point(new AffinePoint<>(Fp.ONE, Fp.of(2)));

  private final AffinePoint<Fp> affine; // null at infinity

  private G1Point(AffinePoint<Fp> affine) {
    this.affine = affine;
  }

  /** Decodes {@link #ENCODED_SIZE} bytes at {@code offset} as EIP-196 specifies. */
  public static G1Point decode(byte[] in, int offset) throws InvalidPointException {
    Objects.checkFromIndexSize(offset, ENCODED_SIZE, in.length);
    Fp x = Fp.fromCanonicalBytes(in, offset);
    Fp y = Fp.fromCanonicalBytes(in, offset + 32);
    if (x == null || y == null) {
      throw new InvalidPointException("G1 coordinate is not below the field modulus");
    }
    return fromField(x, y);
  }

  public static G1Point of(BigInteger x, BigInteger y) throws InvalidPointException {
    if (x.signum() < 0 || y.signum() < 0 || x.compareTo(Fp.MODULUS) >= 0 || y.compareTo(Fp.MODULUS) >= 0) {
      throw new InvalidPointException("G1 coordinate is not in [0, p)");
    }
    return fromField(Fp.of(x), Fp.of(y));
  }

  private static G1Point fromField(Fp x, Fp y) throws InvalidPointException {
    if (x.isZero() && y.isZero()) {
      return INFINITY;
    }
    if (!CURVE.isOnCurve(x, y)) {
      throw new InvalidPointException("G1 point is not on the curve y^2 = x^3 + 3");
    }
    return new G1Point(new AffinePoint<>(x, y));
  }

  static G1Point fromJacobian(JacobianPoint<Fp> p) {
    return new G1Point(CURVE.toAffine(p));
  }

  public byte[] encode() {
    byte[] out = new byte[ENCODED_SIZE];
    if (affine != null) {
      affine.x().writeBytes(out, 0);
      affine.y().writeBytes(out, 32);
    }
    return out;
  }

  public boolean isInfinity() {
    return affine == null;
  }

  public G1Point add(G1Point other) {
    return fromJacobian(CURVE.add(toJacobian(), other.toJacobian()));
  }

  /** k·P for any k ≥ 0; k is reduced mod r first, which is exact because every point has order dividing r. */
  public G1Point multiply(BigInteger k) {
    if (k.signum() < 0) {
      throw new IllegalArgumentException("scalar must not be negative");
    }
    return fromJacobian(CURVE.multiply(toJacobian(), k.mod(Bn254.GROUP_ORDER)));
  }

  public G1Point negate() {
    return affine == null ? this : new G1Point(new AffinePoint<>(affine.x(), affine.y().negate()));
  }

  AffinePoint<Fp> affine() {
    return affine;
  }

  JacobianPoint<Fp> toJacobian() {
    return affine == null ? CURVE.infinity() : CURVE.fromAffine(affine);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof G1Point p && Objects.equals(affine, p.affine);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(affine);
  }

  @Override
  public String toString() {
    return affine == null ? "G1(infinity)" : "G1(" + affine.x() + ", " + affine.y() + ")";
  }
}
