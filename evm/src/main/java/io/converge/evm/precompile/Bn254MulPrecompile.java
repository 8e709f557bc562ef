package io.converge.evm.precompile;

import io.converge.crypto.bn254.G1Point;
import io.converge.crypto.bn254.InvalidPointException;
import java.math.BigInteger;

/**
 * 0x07 ECMUL (EIP-196): a G1 point times a 256-bit unsigned scalar (any value, not only below the group order); input
 * padded or cut to 96 bytes.
 */
final class Bn254MulPrecompile implements PrecompiledContract {
  private final long gas;

  Bn254MulPrecompile(Bn254Prices prices) {
    this.gas = prices.multiply();
  }

  @Override
  public long gasCost(byte[] input) {
    return gas;
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    byte[] in = Input.padded(input, G1Point.ENCODED_SIZE + 32);
    try {
      G1Point p = G1Point.decode(in, 0);
      BigInteger scalar = Input.word(in, G1Point.ENCODED_SIZE);
      return PrecompileResult.success(p.multiply(scalar).encode());
    } catch (InvalidPointException e) {
      return PrecompileResult.failure(e.getMessage());
    }
  }
}
