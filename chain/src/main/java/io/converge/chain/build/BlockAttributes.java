package io.converge.chain.build;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.block.Withdrawal;
import java.util.List;
import java.util.Objects;

/**
 * What the proposer decides about a block beyond its transactions, like the Engine API's payload attributes.
 *
 * @param timestamp seconds; must be after the parent's
 * @param coinbase who earns the priority fees
 * @param prevRandao the randomness the block exposes (EIP-4399)
 * @param parentBeaconBlockRoot the root handed to the EIP-4788 contract (zero without a beacon chain)
 * @param withdrawals EIP-4895 withdrawals to credit (empty without a beacon chain)
 * @param extraData up to 32 bytes of free text
 */
public record BlockAttributes(long timestamp, Address coinbase, Hash prevRandao, Hash parentBeaconBlockRoot,
    List<Withdrawal> withdrawals, Bytes extraData) {
  public BlockAttributes {
    Objects.requireNonNull(coinbase, "coinbase");
    Objects.requireNonNull(prevRandao, "prevRandao");
    Objects.requireNonNull(parentBeaconBlockRoot, "parentBeaconBlockRoot");
    withdrawals = List.copyOf(withdrawals);
    Objects.requireNonNull(extraData, "extraData");
    if (extraData.size() > 32) {
      throw new IllegalArgumentException("extra data is at most 32 bytes, got " + extraData.size());
    }
  }

  /** A block without a beacon chain behind it: zero beacon root, no withdrawals, no extra data. */
  public static BlockAttributes standalone(long timestamp, Address coinbase, Hash prevRandao) {
    return new BlockAttributes(timestamp, coinbase, prevRandao, Hash.ZERO, List.of(), Bytes.EMPTY);
  }
}
