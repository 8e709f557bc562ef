package io.converge.crypto.bn254;

import java.math.BigInteger;

/** The parameters of the BN254 (alt_bn128) curve family that Ethereum uses since Byzantium (EIP-196, EIP-197). */
public final class Bn254 {
  /** The base field modulus p. */
  public static final BigInteger FIELD_MODULUS = Fp.MODULUS;
  /** r, the prime order of G1, G2 and the pairing's target group. */
  public static final BigInteger GROUP_ORDER =
      new BigInteger("30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", 16);
  /** The BN parameter x: p and r are polynomials in it, and the Miller loop and final exponentiation are driven by it. */
  static final BigInteger X = new BigInteger("4965661367192848881");

  private Bn254() {}
}
