package io.converge.node.dev;

import io.converge.consensus.dev.SealingMode;
import io.converge.types.ChainId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code converge dev} runs.
 *
 * @param dataDir where {@code genesis.json} and the database ({@code db/}) live
 * @param rpcHost the interface the JSON-RPC server binds
 * @param rpcPort its port; 0 picks a free one
 * @param sealing instant (on arrival) or interval block production
 * @param accounts how many mnemonic accounts a new chain funds and the banner shows
 * @param chainId the chain id a new chain gets; an existing chain keeps the one in its {@code genesis.json}
 */
public record DevConfig(Path dataDir, String rpcHost, int rpcPort, SealingMode sealing, int accounts,
    ChainId chainId) {
  public static final Path DEFAULT_DATA_DIR = Path.of("data", "dev");
  public static final int DEFAULT_RPC_PORT = 8545;
  public static final int DEFAULT_ACCOUNTS = 10;
  public static final ChainId DEFAULT_CHAIN_ID = ChainId.of(1337);

  public DevConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(rpcHost, "rpcHost");
    Objects.requireNonNull(sealing, "sealing");
    Objects.requireNonNull(chainId, "chainId");
    if (rpcPort < 0 || rpcPort > 65535) {
      throw new IllegalArgumentException("RPC port out of range: " + rpcPort);
    }
    if (accounts < 1 || accounts > 1000) {
      throw new IllegalArgumentException("accounts must be between 1 and 1000, got " + accounts);
    }
  }

  /** The defaults of {@code converge dev} with no arguments, keeping its data in {@code dataDir}. */
  public static DevConfig defaults(Path dataDir) {
    return new DevConfig(dataDir, "127.0.0.1", DEFAULT_RPC_PORT, new SealingMode.Instant(), DEFAULT_ACCOUNTS,
        DEFAULT_CHAIN_ID);
  }

  public DevConfig withRpcPort(int port) {
    return new DevConfig(dataDir, rpcHost, port, sealing, accounts, chainId);
  }

  public DevConfig withSealing(SealingMode mode) {
    return new DevConfig(dataDir, rpcHost, rpcPort, mode, accounts, chainId);
  }
}
