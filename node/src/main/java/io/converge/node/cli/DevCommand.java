package io.converge.node.cli;

import io.converge.chain.GenesisMismatchException;
import io.converge.chain.config.GenesisConfigException;
import io.converge.consensus.dev.SealingMode;
import io.converge.crypto.hd.EthereumAccount;
import io.converge.node.dev.DevAccounts;
import io.converge.node.dev.DevConfig;
import io.converge.node.dev.DevNode;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code converge dev}: a single-node chain for development, like {@code anvil} or {@code geth --dev}. Prefunded
 * accounts from the well-known test mnemonic, blocks sealed when transactions arrive (or every {@code --block-time}),
 * data kept in {@code ./data/dev} so a restart continues the chain. Runs until Ctrl-C or SIGTERM.
 */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = "Run a single-node development chain with prefunded test accounts.")
final class DevCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(DevCommand.class);
  private static final BigDecimal ETHER = BigDecimal.TEN.pow(18);

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Chain data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir = DevConfig.DEFAULT_DATA_DIR;

  @Option(names = "--rpc-port", paramLabel = "N", description = "JSON-RPC port on 127.0.0.1; 0 picks a free one "
      + "(default: ${DEFAULT-VALUE}).")
  int rpcPort = DevConfig.DEFAULT_RPC_PORT;

  @Option(names = "--block-time", paramLabel = "MS",
      description = "Seal a block every MS milliseconds, empty or not (default: seal as soon as transactions arrive).")
  Long blockTimeMillis;

  @Option(names = "--accounts", paramLabel = "N", description = "Prefunded accounts (default: ${DEFAULT-VALUE}).")
  int accounts = DevConfig.DEFAULT_ACCOUNTS;

  @Option(names = "--chain-id", paramLabel = "N", description = "Chain id of a new chain (default: 1337).")
  long chainId = DevConfig.DEFAULT_CHAIN_ID.value();

  @Option(names = "--demo", description = "Reserved for a scripted demo; accepted but does nothing yet.")
  boolean demo;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DevConfig config;
    try {
      SealingMode sealing = blockTimeMillis == null
          ? new SealingMode.Instant()
          : new SealingMode.Interval(Duration.ofMillis(blockTimeMillis));
      config = new DevConfig(dataDir, "127.0.0.1", rpcPort, sealing, accounts, ChainId.of(chainId));
    } catch (IllegalArgumentException e) {
      err.println("converge dev: " + e.getMessage());
      return 2;
    }
    DevNode node;
    try {
      node = DevNode.start(config, Clock.systemUTC(), List.of((block, receipts) ->
          LOG.info("Sealed block number={} txs={} gasUsed={} hash={}", block.number(),
              block.body().transactions().size(), block.header().gasUsed(), block.hash())));
    } catch (IOException e) {
      err.println("converge dev: cannot start: " + e.getMessage());
      return 1;
    } catch (GenesisConfigException | GenesisMismatchException e) {
      err.println("converge dev: the chain in " + dataDir + " does not match its genesis.json: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(node::close, "dev-node-shutdown"));
    printBanner(out, node);
    if (demo) {
      out.println("--demo: no demo scenario exists yet; running a plain dev node.");
    }
    out.flush();
    node.awaitClosed();
    return 0;
  }

  private static void printBanner(PrintWriter out, DevNode node) {
    out.println();
    out.println("Converge dev node");
    out.println("=================");
    out.println("RPC URL:      " + node.rpcUrl());
    out.println("Chain id:     " + node.chain().genesisConfig().chainId().value());
    out.println("Head block:   " + node.chain().head().number());
    out.println("Data dir:     " + node.config().dataDir().toAbsolutePath());
    out.println("Block mode:   " + describe(node.config().sealing()));
    out.println();
    out.println("Accounts (mnemonic \"" + DevAccounts.MNEMONIC + "\", m/44'/60'/0'/0/i)");
    out.println("WARNING: these private keys are PUBLICLY KNOWN test keys. Never send real funds to them.");
    out.println();
    TrieWorldState head = node.chain().stateAt(node.chain().headHash()).orElseThrow();
    List<EthereumAccount> accounts = node.accounts();
    for (int i = 0; i < accounts.size(); i++) {
      EthereumAccount a = accounts.get(i);
      Address address = DevAccounts.address(a);
      BigDecimal eth = new BigDecimal(head.balance(address).value()).divide(ETHER).stripTrailingZeros();
      out.printf("(%d) %s (%s ETH)%n    private key: %s%n", i, a.address().toChecksumHex(), eth.toPlainString(),
          Bytes.wrap(a.privateKey()).toHex());
    }
    out.println();
    out.println("Listening on " + node.rpcUrl() + " — Ctrl-C to stop.");
  }

  private static String describe(SealingMode mode) {
    return mode instanceof SealingMode.Interval i
        ? "every " + i.blockTime().toMillis() + " ms"
        : "instant (a block as soon as transactions arrive)";
  }
}
