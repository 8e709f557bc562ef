package io.converge.node.dev;

import io.converge.chain.StoredBlockchain;
import io.converge.crypto.hd.EthereumAccount;
import io.converge.node.cli.BuildInfo;
import io.converge.rpc.eth.ChainEvents;
import io.converge.rpc.eth.EthApi;
import io.converge.rpc.eth.EthApiContext;
import io.converge.rpc.eth.UnlockedAccounts;
import io.converge.rpc.method.Namespace;
import io.converge.rpc.method.RpcMethodRegistry;
import io.converge.rpc.server.RpcLimits;
import io.converge.rpc.server.RpcServer;
import io.converge.rpc.server.RpcServerConfig;
import io.converge.rpc.web3.Web3Namespace;
import io.converge.txpool.TransactionPool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The dev node's public JSON-RPC server: web3, rpc_modules, and eth/net/txpool/debug over the chain and pool. */
final class DevRpc {
  private DevRpc() {}

  static RpcServer open(DevConfig config, StoredBlockchain chain, TransactionPool pool, ChainEvents events,
      List<EthereumAccount> accounts, Clock clock) {
    RpcLimits limits = RpcLimits.DEFAULT;
    List<byte[]> keys = accounts.stream().map(EthereumAccount::privateKey).toList();
    EthApiContext context = new EthApiContext(chain, chain.genesisConfig().forks(), chain.genesisConfig().chainId(),
        pool, UnlockedAccounts.of(keys), events, limits, clock);
    List<Namespace> namespaces = new ArrayList<>();
    namespaces.add(Web3Namespace.create(clientVersion()));
    namespaces.addAll(EthApi.namespaces(context));
    RpcServerConfig server = RpcServerConfig.defaults()
        .withHost(config.rpcHost())
        .withPort(config.rpcPort())
        .withLimits(limits);
    return RpcServer.open(server, RpcMethodRegistry.of(namespaces));
  }

  /** Geth's shape: name/version/os-arch/runtime. */
  private static String clientVersion() {
    return "Converge/v" + BuildInfo.current().version() + "/" + System.getProperty("os.name").toLowerCase()
        + "-" + System.getProperty("os.arch") + "/java" + Runtime.version().feature();
  }
}
