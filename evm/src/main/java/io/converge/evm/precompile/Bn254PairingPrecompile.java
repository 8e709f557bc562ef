package io.converge.evm.precompile;

import io.converge.crypto.bn254.G1Point;
import io.converge.crypto.bn254.G2Point;
import io.converge.crypto.bn254.InvalidPointException;
import io.converge.crypto.bn254.Pairing;
import java.util.ArrayList;
import java.util.List;

/**
 * 0x08 ECPAIRING (EIP-197): whether the product of e(G1_i, G2_i) over 192-byte pairs is one. Returns a 32-byte 1 or 0;
 * an input length that is not a multiple of 192, or any invalid point (including a G2 point outside the order-r
 * subgroup), fails the call.
 */
final class Bn254PairingPrecompile implements PrecompiledContract {
  static final int PAIR_SIZE = G1Point.ENCODED_SIZE + G2Point.ENCODED_SIZE;

  private final Bn254Prices prices;

  Bn254PairingPrecompile(Bn254Prices prices) {
    this.prices = prices;
  }

  @Override
  public long gasCost(byte[] input) {
    // Priced on whole pairs even for a malformed length, which then fails (as other clients do).
    return prices.pairingBase() + prices.pairingPerPair() * (input.length / PAIR_SIZE);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    if (input.length % PAIR_SIZE != 0) {
      return PrecompileResult.failure("pairing input length " + input.length + " is not a multiple of " + PAIR_SIZE);
    }
    List<Pairing.Term> terms = new ArrayList<>(input.length / PAIR_SIZE);
    try {
      for (int offset = 0; offset < input.length; offset += PAIR_SIZE) {
        G1Point p = G1Point.decode(input, offset);
        G2Point q = G2Point.decode(input, offset + G1Point.ENCODED_SIZE);
        terms.add(new Pairing.Term(p, q));
      }
    } catch (InvalidPointException e) {
      return PrecompileResult.failure(e.getMessage());
    }
    byte[] out = new byte[32];
    out[31] = (byte) (Pairing.productIsOne(terms) ? 1 : 0);
    return PrecompileResult.success(out);
  }
}
