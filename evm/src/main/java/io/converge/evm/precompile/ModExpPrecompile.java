package io.converge.evm.precompile;

import java.math.BigInteger;

/**
 * 0x05 MODEXP (EIP-198): base^exp mod m for arbitrary-length unsigned operands. Input: three 32-byte lengths, then base,
 * exponent and modulus back to back, zero-padded past the end of the input. Output: exactly modulus-length bytes.
 */
final class ModExpPrecompile implements PrecompiledContract {
  private static final BigInteger THIRTY_TWO = BigInteger.valueOf(32);
  /**
   * Operand lengths above this are never computed. No call can reach it: gas grows with the square of the base or
   * modulus length and linearly with the exponent length, so such inputs cost far more than any block holds.
   */
  private static final BigInteger MAX_COMPUTED_LENGTH = BigInteger.valueOf(1 << 28);

  private final ModExpPricing pricing;

  ModExpPrecompile(ModExpPricing pricing) {
    this.pricing = pricing;
  }

  @Override
  public long gasCost(byte[] input) {
    BigInteger baseLength = Input.word(input, 0);
    BigInteger exponentLength = Input.word(input, 32);
    BigInteger modulusLength = Input.word(input, 64);
    return pricing.gasCost(baseLength, modulusLength, adjustedExponentLength(input, baseLength, exponentLength));
  }

  /**
   * 8 bits for every exponent byte past the first 32, plus the index of the highest set bit of those first 32 bytes
   * (0 when they are all zero), read without materialising the operands.
   */
  static BigInteger adjustedExponentLength(byte[] input, BigInteger baseLength, BigInteger exponentLength) {
    BigInteger head = BigInteger.ZERO;
    BigInteger headOffset = baseLength.add(BigInteger.valueOf(96));
    if (headOffset.compareTo(BigInteger.valueOf(input.length)) < 0) {
      head = new BigInteger(1, Input.slice(input, headOffset.longValue(), exponentLength.min(THIRTY_TWO).intValue()));
    }
    BigInteger highestBit = BigInteger.valueOf(Math.max(0, head.bitLength() - 1));
    if (exponentLength.compareTo(THIRTY_TWO) <= 0) {
      return highestBit;
    }
    return exponentLength.subtract(THIRTY_TWO).shiftLeft(3).add(highestBit);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    BigInteger baseLength = Input.word(input, 0);
    BigInteger exponentLength = Input.word(input, 32);
    BigInteger modulusLength = Input.word(input, 64);
    if (modulusLength.signum() == 0) {
      return PrecompileResult.success(new byte[0]);
    }
    if (baseLength.compareTo(MAX_COMPUTED_LENGTH) > 0
        || exponentLength.compareTo(MAX_COMPUTED_LENGTH) > 0
        || modulusLength.compareTo(MAX_COMPUTED_LENGTH) > 0) {
      return PrecompileResult.failure("modexp operand lengths are too large to compute");
    }
    int baseLen = baseLength.intValue();
    int expLen = exponentLength.intValue();
    int modLen = modulusLength.intValue();
    long offset = 96;
    BigInteger base = new BigInteger(1, Input.slice(input, offset, baseLen));
    offset += baseLen;
    BigInteger exponent = new BigInteger(1, Input.slice(input, offset, expLen));
    offset += expLen;
    BigInteger modulus = new BigInteger(1, Input.slice(input, offset, modLen));
    if (modulus.signum() == 0) {
      return PrecompileResult.success(new byte[modLen]);
    }
    return PrecompileResult.success(Input.unsigned(base.modPow(exponent, modulus), modLen));
  }
}
