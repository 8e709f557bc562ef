package io.converge.acceptance;

import io.converge.consensus.dev.SealingMode;
import io.converge.node.dev.DevConfig;
import io.converge.node.dev.DevNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** A real dev node for acceptance tests: RocksDB in the given directory, JSON-RPC on an ephemeral loopback port. */
final class AcceptanceNode implements AutoCloseable {
  private final DevNode node;

  private AcceptanceNode(DevNode node) {
    this.node = node;
  }

  /** Chain id 1337, the ten funded accounts of the test mnemonic, a block sealed as soon as a transaction arrives. */
  static AcceptanceNode startInstantSealing(Path dataDir) throws Exception {
    DevConfig config = DevConfig.defaults(dataDir).withRpcPort(0).withSealing(new SealingMode.Instant());
    return new AcceptanceNode(DevNode.start(config, Clock.systemUTC(), List.of()));
  }

  String httpUrl() {
    return node.rpcUrl();
  }

  /** WebSocket shares the HTTP port (GET / with an Upgrade header). */
  String webSocketUrl() {
    return node.rpcUrl().replaceFirst("^http", "ws");
  }

  @Override
  public void close() {
    node.close();
  }
}
