package io.converge.evm;

import io.converge.evm.world.BlockHashLookup;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.Objects;

/**
 * What the block under construction tells the EVM. {@code difficulty} is read before Paris and {@code prevRandao} from
 * Paris on (both by opcode 0x44); {@code baseFee} from London, {@code blobBaseFee} (already derived from the excess blob
 * gas) from Cancun. Numbers, timestamps and gas limits are unsigned 64-bit values.
 */
public record BlockContext(
    Address coinbase,
    long number,
    long timestamp,
    long gasLimit,
    UInt256 difficulty,
    Hash prevRandao,
    Wei baseFee,
    long chainId,
    Wei blobBaseFee,
    BlockHashLookup blockHashes) {
  public BlockContext {
    Objects.requireNonNull(coinbase, "coinbase");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(prevRandao, "prevRandao");
    Objects.requireNonNull(baseFee, "baseFee");
    Objects.requireNonNull(blobBaseFee, "blobBaseFee");
    Objects.requireNonNull(blockHashes, "blockHashes");
  }
}
