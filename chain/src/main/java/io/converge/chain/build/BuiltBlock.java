package io.converge.chain.build;

import io.converge.types.block.Block;
import io.converge.types.receipt.Receipt;
import java.util.List;
import java.util.Objects;

/**
 * A block the {@link BlockBuilder} assembled, with the receipts its execution produced and how many offered
 * transactions it left out. Not yet imported: the importer re-executes it before anything is stored.
 */
public record BuiltBlock(Block block, List<Receipt> receipts, int skipped) {
  public BuiltBlock {
    Objects.requireNonNull(block, "block");
    receipts = List.copyOf(receipts);
    if (receipts.size() != block.body().transactions().size()) {
      throw new IllegalArgumentException("one receipt per transaction: " + receipts.size() + " receipts for "
          + block.body().transactions().size() + " transactions");
    }
    if (skipped < 0) {
      throw new IllegalArgumentException("negative skipped count " + skipped);
    }
  }
}
