package io.converge.protocol.fork;

import java.math.BigInteger;

/**
 * EIP-4844's blob gas market: how much blob gas a block may use and how the blob base fee follows the excess.
 *
 * @param gasPerBlob blob gas one blob consumes
 * @param targetPerBlock blob gas a block aims for; usage above it raises the excess
 * @param maxPerBlock blob gas a block may hold
 * @param minBaseFee the blob base fee at zero excess, in wei
 * @param baseFeeUpdateFraction how fast the fee grows with the excess (the denominator of the exponent)
 */
public record BlobGasRules(
    long gasPerBlob, long targetPerBlock, long maxPerBlock, long minBaseFee, long baseFeeUpdateFraction) {
  public BlobGasRules {
    if (gasPerBlob <= 0 || targetPerBlock <= 0 || maxPerBlock < targetPerBlock || minBaseFee <= 0
        || baseFeeUpdateFraction <= 0) {
      throw new IllegalArgumentException("inconsistent blob gas rules");
    }
  }

  /** Cancun: 3 blobs targeted, 6 at most, per block. */
  public static final BlobGasRules CANCUN = new BlobGasRules(1L << 17, 3L << 17, 6L << 17, 1, 3_338_477);

  /** Prague (EIP-7691): 6 blobs targeted, 9 at most. */
  public static final BlobGasRules PRAGUE = new BlobGasRules(1L << 17, 6L << 17, 9L << 17, 1, 5_007_716);

  /** The blob base fee for a block whose excess blob gas is {@code excessBlobGas}. */
  public BigInteger baseFee(long excessBlobGas) {
    return fakeExponential(BigInteger.valueOf(minBaseFee), unsigned(excessBlobGas),
        BigInteger.valueOf(baseFeeUpdateFraction));
  }

  /** The excess blob gas of a block from its parent's excess and usage. */
  public long excessBlobGas(long parentExcess, long parentUsed) {
    long sum = parentExcess + parentUsed;
    return Long.compareUnsigned(sum, targetPerBlock) < 0 ? 0 : sum - targetPerBlock;
  }

  /** Blob gas of a transaction carrying {@code blobs} blobs. */
  public long blobGas(int blobs) {
    return gasPerBlob * blobs;
  }

  /** EIP-4844's integer approximation of {@code factor * e^(numerator / denominator)}. */
  static BigInteger fakeExponential(BigInteger factor, BigInteger numerator, BigInteger denominator) {
    BigInteger output = BigInteger.ZERO;
    BigInteger accumulator = factor.multiply(denominator);
    for (int i = 1; accumulator.signum() > 0; i++) {
      output = output.add(accumulator);
      accumulator = accumulator.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
    }
    return output.divide(denominator);
  }

  private static BigInteger unsigned(long v) {
    BigInteger b = BigInteger.valueOf(v);
    return v >= 0 ? b : b.add(BigInteger.ONE.shiftLeft(64));
  }
}
