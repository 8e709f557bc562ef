package io.converge.rpc.eth;

import io.converge.chain.BlockLog;
import io.converge.rpc.subscription.EventFeed;
import io.converge.rpc.subscription.SubscriptionSource;
import io.converge.types.Hash;
import io.converge.types.block.BlockHeader;
import java.util.List;
import java.util.Objects;

/**
 * The feeds the node publishes into and subscriptions and filters read: each new canonical head with its logs, and
 * each transaction hash the pool accepts.
 */
public final class ChainEvents {
  /** A new canonical head and the logs of its block, in block order. */
  public record NewBlock(BlockHeader header, List<BlockLog> logs) {
    public NewBlock {
      Objects.requireNonNull(header, "header");
      logs = List.copyOf(logs);
    }
  }

  private final EventFeed<NewBlock> blocks = new EventFeed<>();
  private final EventFeed<Hash> pendingTransactions = new EventFeed<>();

  public ChainEvents() {}

  /** Call after a block became the canonical head, with {@code Blockchain.logs(header.hash())} as its logs. */
  public void publishNewBlock(BlockHeader header, List<BlockLog> logs) {
    blocks.publish(new NewBlock(header, logs));
  }

  /** Call when the pool accepted a transaction. */
  public void publishPendingTransaction(Hash hash) {
    pendingTransactions.publish(Objects.requireNonNull(hash, "hash"));
  }

  public SubscriptionSource<NewBlock> blocks() {
    return blocks;
  }

  public SubscriptionSource<Hash> pendingTransactions() {
    return pendingTransactions;
  }
}
