package io.converge.chain.config;

/**
 * One fork's entry of {@code config.blobSchedule} (EIP-7840): blobs targeted and allowed per block, and the update
 * fraction of the blob base fee.
 */
public record BlobSchedule(long target, long max, long baseFeeUpdateFraction) {
  public BlobSchedule {
    if (target < 0 || max < target || baseFeeUpdateFraction <= 0) {
      throw new IllegalArgumentException("inconsistent blob schedule: target " + target + ", max " + max
          + ", update fraction " + baseFeeUpdateFraction);
    }
  }
}
