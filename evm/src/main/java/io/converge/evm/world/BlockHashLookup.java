package io.converge.evm.world;

import io.converge.types.Hash;

/** The chain's answer to BLOCKHASH. The EVM checks the 256-block window itself and only asks for ancestors in it. */
@FunctionalInterface
public interface BlockHashLookup {
  /** The hash of the canonical ancestor with this number; {@link Hash#ZERO} if the chain does not know it. */
  Hash hashOf(long number);
}
