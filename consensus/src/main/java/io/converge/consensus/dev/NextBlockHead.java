package io.converge.consensus.dev;

import io.converge.chain.StoredBlockchain;
import io.converge.chain.build.BlockBuilder;
import io.converge.protocol.block.HeaderValidator;
import io.converge.protocol.fork.BlobGasRules;
import io.converge.protocol.fork.ForkRules;
import io.converge.txpool.HeadInfo;
import io.converge.types.Fork;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import java.util.Optional;

/**
 * The pool's view of a stored head: the fees, gas limit and fork of the block that would follow it, since that is
 * the block pending transactions compete for.
 */
public final class NextBlockHead {
  private NextBlockHead() {}

  public static HeadInfo of(StoredBlockchain chain, BlockHeader head) {
    // The earliest the next block can be; a time-activated fork that starts later is seen when it starts.
    Fork fork = new BlockBuilder(chain).forkOfChild(head, head.timestamp() + 1);
    Wei baseFee = fork.isAtLeast(Fork.LONDON)
        ? (head.baseFeePerGas().isPresent() ? HeaderValidator.baseFee(head) : HeaderValidator.INITIAL_BASE_FEE)
        : Wei.ZERO;
    Optional<BlobGasRules> blob = ForkRules.of(fork).blobGas();
    Wei blobBaseFee = blob
        .map(r -> new Wei(r.baseFee(r.excessBlobGas(head.excessBlobGas().orElse(0), head.blobGasUsed().orElse(0)))))
        .orElse(Wei.ZERO);
    return new HeadInfo(head.number(), baseFee, blobBaseFee, head.gasLimit(), fork, chain.genesisConfig().chainId());
  }
}
