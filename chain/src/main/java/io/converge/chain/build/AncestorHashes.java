package io.converge.chain.build;

import io.converge.chain.Blockchain;
import io.converge.evm.world.BlockHashLookup;
import io.converge.types.Hash;
import io.converge.types.block.BlockHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** BLOCKHASH for a block being built: the 256 ancestors along its parent's branch, walked on first use. */
final class AncestorHashes implements BlockHashLookup {
  private static final int WINDOW = 256;

  private final Blockchain chain;
  private final long blockNumber;
  private final List<BlockHeader> walked = new ArrayList<>();

  AncestorHashes(Blockchain chain, BlockHeader parent) {
    this.chain = chain;
    this.blockNumber = parent.number() + 1;
    walked.add(parent);
  }

  @Override
  public Hash hashOf(long number) {
    if (number < 0 || number >= blockNumber || blockNumber - number > WINDOW) {
      return Hash.ZERO;
    }
    int depth = (int) (blockNumber - 1 - number);
    while (walked.size() <= depth) {
      BlockHeader last = walked.get(walked.size() - 1);
      Optional<BlockHeader> parent = last.number() == 0 ? Optional.empty() : chain.header(last.parentHash());
      if (parent.isEmpty()) {
        return Hash.ZERO;
      }
      walked.add(parent.get());
    }
    return walked.get(depth).hash();
  }
}
