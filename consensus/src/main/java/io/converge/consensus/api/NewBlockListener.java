package io.converge.consensus.api;

import io.converge.types.block.Block;
import io.converge.types.receipt.Receipt;
import java.util.List;

/**
 * Told of every block an engine made canonical, after it is stored and the pool has seen it: RPC subscriptions, the
 * console log. Called on the engine's thread, so it must be quick and must not block.
 */
@FunctionalInterface
public interface NewBlockListener {
  void onNewBlock(Block block, List<Receipt> receipts);
}
