package io.converge.evm.precompile;

import io.converge.crypto.hash.Ripemd160;

/** 0x03 RIPEMD-160 of the whole input, left-padded to a 32-byte word: 600 gas plus 120 per word. */
final class Ripemd160Precompile implements PrecompiledContract {
  @Override
  public long gasCost(byte[] input) {
    return 600 + 120 * Input.words(input.length);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    return PrecompileResult.success(Input.leftPad(Ripemd160.hash(input), 32));
  }
}
