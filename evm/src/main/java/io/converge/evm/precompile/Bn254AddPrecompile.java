package io.converge.evm.precompile;

import io.converge.crypto.bn254.G1Point;
import io.converge.crypto.bn254.InvalidPointException;

/** 0x06 ECADD (EIP-196): the sum of two G1 points; input padded or cut to 128 bytes, an invalid point fails the call. */
final class Bn254AddPrecompile implements PrecompiledContract {
  private final long gas;

  Bn254AddPrecompile(Bn254Prices prices) {
    this.gas = prices.add();
  }

  @Override
  public long gasCost(byte[] input) {
    return gas;
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    byte[] in = Input.padded(input, 2 * G1Point.ENCODED_SIZE);
    try {
      G1Point a = G1Point.decode(in, 0);
      G1Point b = G1Point.decode(in, G1Point.ENCODED_SIZE);
      return PrecompileResult.success(a.add(b).encode());
    } catch (InvalidPointException e) {
      return PrecompileResult.failure(e.getMessage());
    }
  }
}
