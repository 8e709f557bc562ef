package io.converge.crypto.bn254;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A point of G2: on the sextic twist y^2 = x^3 + 3/(9 + u) over F_p^2 <em>and</em> of order r. The twist has many
 * points outside that subgroup, and the pairing is only defined (and only safe) on it, so decoding checks both.
 */
public final class G2Point {
  /** Four 32-byte big-endian words x_im, x_re, y_im, y_re (EIP-197 puts the imaginary part first); all zero is infinity. */
  public static final int ENCODED_SIZE = 128;

  static final ShortWeierstrassCurve<Fp2> CURVE =
      new ShortWeierstrassCurve<>(Fp2.of(BigInteger.valueOf(3), BigInteger.ZERO).mul(Fp2.XI.inverse()), Fp2.ONE);

  private static final BigInteger P_MINUS_1 = Fp.MODULUS.subtract(BigInteger.ONE);
  private static final Fp2 PSI_X = Fp2.XI.pow(P_MINUS_1.divide(BigInteger.valueOf(3)));
  private static final Fp2 PSI_Y = Fp2.XI.pow(P_MINUS_1.shiftRight(1));

  public static final G2Point INFINITY = new G2Point(null);
  public static final G2Point GENERATOR = new G2Point(new AffinePoint<>(
      Fp2.of(
          new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
          new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634")),
      Fp2.of(
          new BigInteger("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
          new BigInteger("4082367875863433681332203403145435568316851327593401208105741076214120093531"))));

  private final AffinePoint<Fp2> affine; // null at infinity

  private G2Point(AffinePoint<Fp2> affine) {
    this.affine = affine;
  }

  /** Decodes {@link #ENCODED_SIZE} bytes at {@code offset} as EIP-197 specifies, including the subgroup check. */
  public static G2Point decode(byte[] in, int offset) throws InvalidPointException {
    Objects.checkFromIndexSize(offset, ENCODED_SIZE, in.length);
    Fp xIm = Fp.fromCanonicalBytes(in, offset);
    Fp xRe = Fp.fromCanonicalBytes(in, offset + 32);
    Fp yIm = Fp.fromCanonicalBytes(in, offset + 64);
    Fp yRe = Fp.fromCanonicalBytes(in, offset + 96);
    if (xIm == null || xRe == null || yIm == null || yRe == null) {
      throw new InvalidPointException("G2 coordinate is not below the field modulus");
    }
    return fromField(new Fp2(xRe, xIm), new Fp2(yRe, yIm));
  }

  /** A point from its coordinates {@code xRe + xIm·u}, {@code yRe + yIm·u}, validated like {@link #decode}. */
  public static G2Point of(BigInteger xRe, BigInteger xIm, BigInteger yRe, BigInteger yIm) throws InvalidPointException {
    for (BigInteger c : new BigInteger[] {xRe, xIm, yRe, yIm}) {
      if (c.signum() < 0 || c.compareTo(Fp.MODULUS) >= 0) {
        throw new InvalidPointException("G2 coordinate is not in [0, p)");
      }
    }
    return fromField(Fp2.of(xRe, xIm), Fp2.of(yRe, yIm));
  }

  private static G2Point fromField(Fp2 x, Fp2 y) throws InvalidPointException {
    if (x.isZero() && y.isZero()) {
      return INFINITY;
    }
    if (!CURVE.isOnCurve(x, y)) {
      throw new InvalidPointException("G2 point is not on the twist y^2 = x^3 + 3/(9+u)");
    }
    AffinePoint<Fp2> affine = new AffinePoint<>(x, y);
    if (!isInSubgroup(CURVE.fromAffine(affine))) {
      throw new InvalidPointException("G2 point is on the twist but not in the order-r subgroup");
    }
    return new G2Point(affine);
  }

  /**
   * Membership in the order-r subgroup for a point already on the twist, with one 63-bit scalar multiplication
   * instead of one by r: Q is in G2 iff [x+1]Q + ψ([x]Q) + ψ²([x]Q) = ψ³([2x]Q) (Dai, Lin, Zhao, Zhou, eprint 2022/348;
   * it needs x ≢ 4 mod 13 and x ≢ 92 mod 97, which BN254's x satisfies). Tests compare it with [r]Q = O.
   */
  static boolean isInSubgroup(JacobianPoint<Fp2> q) {
    JacobianPoint<Fp2> xq = CURVE.multiply(q, Bn254.X);
    JacobianPoint<Fp2> psiXq = psi(xq);
    JacobianPoint<Fp2> lhs = CURVE.add(CURVE.add(CURVE.add(xq, q), psiXq), psi(psiXq));
    JacobianPoint<Fp2> rhs = psi(psi(psi(CURVE.twice(xq))));
    return CURVE.equal(lhs, rhs);
  }

  /** ψ = untwist ∘ Frobenius ∘ twist; in Jacobian coordinates conjugation commutes with the divisions by Z. */
  static JacobianPoint<Fp2> psi(JacobianPoint<Fp2> p) {
    return new JacobianPoint<>(
        p.x().conjugate().mul(PSI_X), p.y().conjugate().mul(PSI_Y), p.z().conjugate());
  }

  /** ψ on an affine point: (conj(x)·ξ^((p-1)/3), conj(y)·ξ^((p-1)/2)). */
  static AffinePoint<Fp2> psi(AffinePoint<Fp2> p) {
    return new AffinePoint<>(p.x().conjugate().mul(PSI_X), p.y().conjugate().mul(PSI_Y));
  }

  static G2Point fromJacobian(JacobianPoint<Fp2> p) {
    return new G2Point(CURVE.toAffine(p));
  }

  public byte[] encode() {
    byte[] out = new byte[ENCODED_SIZE];
    if (affine != null) {
      affine.x().c1.writeBytes(out, 0);
      affine.x().c0.writeBytes(out, 32);
      affine.y().c1.writeBytes(out, 64);
      affine.y().c0.writeBytes(out, 96);
    }
    return out;
  }

  public boolean isInfinity() {
    return affine == null;
  }

  public G2Point add(G2Point other) {
    return fromJacobian(CURVE.add(toJacobian(), other.toJacobian()));
  }

  /** k·Q for any k ≥ 0, reduced mod r first (exact, since Q is in the order-r subgroup). */
  public G2Point multiply(BigInteger k) {
    if (k.signum() < 0) {
      throw new IllegalArgumentException("scalar must not be negative");
    }
    return fromJacobian(CURVE.multiply(toJacobian(), k.mod(Bn254.GROUP_ORDER)));
  }

  public G2Point negate() {
    return affine == null ? this : new G2Point(new AffinePoint<>(affine.x(), affine.y().negate()));
  }

  AffinePoint<Fp2> affine() {
    return affine;
  }

  JacobianPoint<Fp2> toJacobian() {
    return affine == null ? CURVE.infinity() : CURVE.fromAffine(affine);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof G2Point p && Objects.equals(affine, p.affine);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(affine);
  }

  @Override
  public String toString() {
    return affine == null ? "G2(infinity)" : "G2(" + affine.x() + ", " + affine.y() + ")";
  }
}
