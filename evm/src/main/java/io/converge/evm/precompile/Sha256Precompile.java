package io.converge.evm.precompile;

import io.converge.crypto.hash.Sha256;

/** 0x02 SHA-256 of the whole input: 60 gas plus 12 per word. */
final class Sha256Precompile implements PrecompiledContract {
  @Override
  public long gasCost(byte[] input) {
    return 60 + 12 * Input.words(input.length);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    return PrecompileResult.success(Sha256.hash(input));
  }
}
