package io.converge.chain;

import io.converge.evm.world.BlockHashLookup;
import io.converge.types.Hash;
import io.converge.types.block.BlockHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * BLOCKHASH for a block being imported or built: the 256 ancestors along its own branch (which need not be
 * canonical), found by following parent hashes on first use.
 */
public final class BranchHashes implements BlockHashLookup {
  private static final int WINDOW = 256;

  private final long blockNumber;
  private final Function<Hash, Optional<BlockHeader>> headers;
  /** Ancestors walked so far: index 0 is the parent. */
  private final List<BlockHeader> walked = new ArrayList<>();

  /** The ancestors of a child of {@code parent}, read from {@code chain}. */
  public static BranchHashes childOf(BlockHeader parent, Blockchain chain) {
    return new BranchHashes(parent, parent.number() + 1, chain::header);
  }

  BranchHashes(BlockHeader parent, long blockNumber, Function<Hash, Optional<BlockHeader>> headers) {
    this.blockNumber = blockNumber;
    this.headers = headers;
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
      Optional<BlockHeader> parent = last.number() == 0 ? Optional.empty() : headers.apply(last.parentHash());
      if (parent.isEmpty()) {
        return Hash.ZERO;
      }
      walked.add(parent.get());
    }
    return walked.get(depth).hash();
  }
}
