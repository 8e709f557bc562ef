package io.converge.evm.precompile;

/** 0x04 IDENTITY: returns its input; 15 gas plus 3 per word. */
final class IdentityPrecompile implements PrecompiledContract {
  @Override
  public long gasCost(byte[] input) {
    return 15 + 3 * Input.words(input.length);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    return PrecompileResult.success(input.clone());
  }
}
