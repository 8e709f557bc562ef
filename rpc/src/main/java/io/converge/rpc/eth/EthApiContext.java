package io.converge.rpc.eth;

import io.converge.chain.Blockchain;
import io.converge.chain.config.ForkSchedule;
import io.converge.rpc.server.RpcLimits;
import io.converge.txpool.TransactionPool;
import io.converge.types.ChainId;
import java.time.Clock;
import java.util.Objects;

/** Everything the eth/net/txpool/debug namespaces read. Built by the node. */
public record EthApiContext(
    Blockchain blockchain,
    ForkSchedule forks,
    ChainId chainId,
    TransactionPool pool,
    UnlockedAccounts accounts,
    ChainEvents events,
    RpcLimits limits,
    Clock clock) {
  public EthApiContext {
    Objects.requireNonNull(blockchain, "blockchain");
    Objects.requireNonNull(forks, "forks");
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(clock, "clock");
  }
}
