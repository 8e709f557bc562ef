package io.converge.evm.precompile;

import java.math.BigInteger;

/**
 * MODEXP gas as a function of the operand lengths and the "adjusted exponent length" (roughly the exponent's bit
 * length, which is the number of squarings). Computed on BigIntegers because the lengths are 256-bit words a caller
 * controls; the result saturates at {@link Long#MAX_VALUE}.
 */
enum ModExpPricing {
  /** EIP-198 (Byzantium): piecewise-quadratic multiplication complexity, divided by 20. */
  EIP_198 {
    @Override
    BigInteger gas(BigInteger maxLength, BigInteger iterations) {
      return multiplicationComplexity(maxLength).multiply(iterations).divide(BigInteger.valueOf(20));
    }

    private BigInteger multiplicationComplexity(BigInteger x) {
      BigInteger square = x.multiply(x);
      if (x.compareTo(BigInteger.valueOf(64)) <= 0) {
        return square;
      }
      if (x.compareTo(BigInteger.valueOf(1024)) <= 0) {
        return square.shiftRight(2).add(x.multiply(BigInteger.valueOf(96))).subtract(BigInteger.valueOf(3072));
      }
      return square.shiftRight(4).add(x.multiply(BigInteger.valueOf(480))).subtract(BigInteger.valueOf(199680));
    }
  },
  /** EIP-2565 (Berlin): ceil(length/8)^2 complexity, divided by 3, at least 200. */
  EIP_2565 {
    @Override
    BigInteger gas(BigInteger maxLength, BigInteger iterations) {
      BigInteger words = maxLength.add(BigInteger.valueOf(7)).shiftRight(3);
      return words.multiply(words).multiply(iterations).divide(BigInteger.valueOf(3)).max(BigInteger.valueOf(200));
    }
  };

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Gas for max(base length, modulus length) and max(adjusted exponent length, 1). */
  abstract BigInteger gas(BigInteger maxLength, BigInteger iterations);

  long gasCost(BigInteger baseLength, BigInteger modulusLength, BigInteger adjustedExponentLength) {
    BigInteger gas = gas(baseLength.max(modulusLength), adjustedExponentLength.max(BigInteger.ONE));
    return gas.compareTo(LONG_MAX) >= 0 ? Long.MAX_VALUE : gas.longValue();
  }
}
