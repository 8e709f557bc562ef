package io.converge.protocol.block;

import io.converge.types.Hash;
import io.converge.types.block.BlockHeader;
import java.util.List;
import java.util.Optional;

/** The known blocks a block's ommers are judged against: any branch, not only the canonical one. */
public interface Ancestry {
  Optional<BlockHeader> header(Hash hash);

  /** The ommers a known block included; empty for an unknown block. */
  List<BlockHeader> ommersOf(Hash blockHash);
}
