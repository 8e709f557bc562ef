package io.converge.node.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.converge.chain.config.GenesisConfig;
import io.converge.chain.config.GenesisConfigException;
import io.converge.crypto.hd.EthereumAccount;
import io.converge.protocol.fork.ForkRules;
import io.converge.types.ChainId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The dev chain's genesis, made in code on first start and kept as {@code <data-dir>/genesis.json}: every fork
 * through Cancun at genesis (a merged chain, terminal total difficulty 0), a 30M gas limit, a 1 gwei base fee, the
 * mnemonic accounts funded with 10,000 ETH each, and the EIP-4788 beacon-roots contract predeployed as Geth's dev
 * mode does. Later starts read the file, so the chain (and its genesis hash) survives restarts.
 */
public final class DevGenesis {
  public static final String FILE_NAME = "genesis.json";
  static final long GAS_LIMIT = 30_000_000L;
  static final BigInteger BASE_FEE = BigInteger.valueOf(1_000_000_000L);
  static final BigInteger ACCOUNT_BALANCE = BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(10_000));
  /** EIP-4788's runtime code, as deployed on mainnet. */
  static final String BEACON_ROOTS_CODE = "0x3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd"
      + "5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f3590"
      + "62001fff015500";
  private static final List<String> BLOCK_FORKS = List.of("homesteadBlock", "eip150Block", "eip155Block",
      "eip158Block", "byzantiumBlock", "constantinopleBlock", "petersburgBlock", "istanbulBlock", "muirGlacierBlock",
      "berlinBlock", "londonBlock", "arrowGlacierBlock", "grayGlacierBlock", "mergeNetsplitBlock");
  private static final ObjectMapper JSON = new ObjectMapper();

  private DevGenesis() {}

  /** The genesis in {@code dataDir}, written there first if the directory has none. */
  public static GenesisConfig loadOrCreate(Path dataDir, ChainId chainId, List<EthereumAccount> funded)
      throws IOException, GenesisConfigException {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      Files.createDirectories(dataDir);
      Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        channel.write(ByteBuffer.wrap(json(chainId, funded).getBytes(StandardCharsets.UTF_8)));
        channel.force(true); // the database's fsynced genesis must never outlive the file naming it
      }
      // A crash mid-write must not leave half a genesis that the next start would trust.
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return GenesisConfig.read(file);
  }

  /** The Geth-style genesis file text. */
  static String json(ChainId chainId, List<EthereumAccount> funded) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode config = root.putObject("config");
    config.put("chainId", chainId.value());
    BLOCK_FORKS.forEach(f -> config.put(f, 0));
    config.put("terminalTotalDifficulty", 0);
    config.put("shanghaiTime", 0);
    config.put("cancunTime", 0);
    root.put("nonce", "0x0");
    root.put("timestamp", "0x0");
    root.put("extraData", "0x");
    root.put("gasLimit", hex(BigInteger.valueOf(GAS_LIMIT)));
    root.put("difficulty", "0x0");
    root.put("baseFeePerGas", hex(BASE_FEE));
    root.put("coinbase", "0x0000000000000000000000000000000000000000");
    ObjectNode alloc = root.putObject("alloc");
    ObjectNode beaconRoots = alloc.putObject(ForkRules.BEACON_ROOTS_ADDRESS.toHex());
    beaconRoots.put("balance", "0x0");
    beaconRoots.put("nonce", "0x1");
    beaconRoots.put("code", BEACON_ROOTS_CODE);
    for (EthereumAccount account : funded) {
      alloc.putObject(DevAccounts.address(account).toHex()).put("balance", hex(ACCOUNT_BALANCE));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON of a tree built in memory", e);
    }
  }

  private static String hex(BigInteger value) {
    return "0x" + value.toString(16);
  }
}
