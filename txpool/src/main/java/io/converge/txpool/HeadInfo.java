package io.converge.txpool;

import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Wei;
import java.util.Objects;

/**
 * What the pool needs to know about the chain head. The fees are those the <em>next</em> block will charge, because
 * that is the block pending transactions compete for; the node computes them from the head header.
 *
 * @param number the head block number
 * @param baseFee base fee per gas of the next block; zero before London
 * @param blobBaseFee blob base fee of the next block; zero before Cancun
 * @param gasLimit gas limit of the next block; a transaction asking for more can never be included
 * @param fork the fork the next block belongs to
 * @param chainId the chain transactions must be signed for
 */
public record HeadInfo(long number, Wei baseFee, Wei blobBaseFee, long gasLimit, Fork fork, ChainId chainId) {
  public HeadInfo {
    Objects.requireNonNull(baseFee, "baseFee");
    Objects.requireNonNull(blobBaseFee, "blobBaseFee");
    Objects.requireNonNull(fork, "fork");
    Objects.requireNonNull(chainId, "chainId");
    if (number < 0) {
      throw new IllegalArgumentException("negative block number " + number);
    }
    if (gasLimit <= 0) {
      throw new IllegalArgumentException("gas limit must be positive, got " + gasLimit);
    }
  }

  public HeadInfo withBaseFee(Wei newBaseFee) {
    return new HeadInfo(number, newBaseFee, blobBaseFee, gasLimit, fork, chainId);
  }

  /** The next head: one block later with the given next-block base fee. */
  public HeadInfo next(Wei nextBaseFee) {
    return new HeadInfo(number + 1, nextBaseFee, blobBaseFee, gasLimit, fork, chainId);
  }
}
