package io.converge.node.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.chain.BlockImporter;
import io.converge.chain.ImportResult;
import io.converge.chain.StoredBlockchain;
import io.converge.chain.TransactionLocation;
import io.converge.chain.config.GenesisConfig;
import io.converge.crypto.hd.EthereumAccount;
import io.converge.node.Main;
import io.converge.state.TrieWorldState;
import io.converge.storage.rocksdb.RocksDbStore;
import io.converge.storage.memory.InMemoryStore;
import io.converge.types.Address;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.block.Block;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability promise of {@code converge dev}: a node killed with SIGKILL while transactions flow restarts on a
 * valid head, keeps every transaction whose receipt a client saw, and its head state equals a replay from genesis.
 */
class DevNodeCrashTest {
  private static final int KILLS = 3;
  private static final int RECEIPTS_PER_ROUND = 4;
  private static final Address RECIPIENT = Address.fromHex("0x000000000000000000000000000000000000dead");

  @TempDir Path dataDir;
  @TempDir Path logs;

  @Test
  void survivesKillMinusNineWhileTransactionsFlow() throws Exception {
    EthereumAccount sender = DevAccounts.first(1).get(0);
    Address senderAddress = DevAccounts.address(sender);
    Map<Hash, Hash> seenReceipts = new LinkedHashMap<>(); // transaction -> block it was in

    for (int round = 0; round < KILLS; round++) {
      Process node = startNodeProcess(round);
      try {
        RpcClient rpc = new RpcClient(awaitRpcUrl(node, round));
        long nonce = rpc.nonce(senderAddress);
        List<Hash> sent = new ArrayList<>();
        int seenThisRound = 0;
        while (seenThisRound < RECEIPTS_PER_ROUND) {
          sent.add(rpc.sendRaw(RpcClient.transfer(ChainId.of(1337), sender, nonce++, RECIPIENT, BigInteger.ONE)));
          for (Hash tx : sent) {
            if (!seenReceipts.containsKey(tx)) {
              Optional<JsonNode> receipt = rpc.receipt(tx);
              if (receipt.isPresent()) {
                seenReceipts.put(tx, Hash.fromHex(receipt.get().get("blockHash").asText()));
                seenThisRound++;
              }
            }
          }
        }
        // One more in flight, so the kill lands while a block may be being sealed.
        rpc.sendRaw(RpcClient.transfer(ChainId.of(1337), sender, nonce, RECIPIENT, BigInteger.ONE));
      } finally {
        node.destroyForcibly();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("killed node exits").isTrue();
      }
    }
    assertThat(seenReceipts).hasSizeGreaterThanOrEqualTo(KILLS * RECEIPTS_PER_ROUND);

    GenesisConfig genesis = GenesisConfig.read(dataDir.resolve(DevGenesis.FILE_NAME));
    long head;
    try (RocksDbStore store = RocksDbStore.open(dataDir.resolve("db"))) {
      StoredBlockchain stored = StoredBlockchain.open(store, genesis);
      head = stored.head().number();
      for (Map.Entry<Hash, Hash> seen : seenReceipts.entrySet()) {
        Optional<TransactionLocation> location = stored.transactionLocation(seen.getKey());
        assertThat(location).as("transaction %s whose receipt was seen", seen.getKey()).isPresent();
        assertThat(location.get().blockHash()).isEqualTo(seen.getValue());
        assertThat(stored.receipts(seen.getValue())).isPresent();
      }

      StoredBlockchain replay = StoredBlockchain.open(new InMemoryStore(), genesis);
      BlockImporter importer = new BlockImporter(replay);
      for (long n = 1; n <= head; n++) {
        Block block = stored.block(n).orElseThrow();
        assertThat(importer.importBlock(block)).as("replay of block %d", n).isInstanceOf(ImportResult.Imported.class);
      }
      assertThat(replay.head().hash()).isEqualTo(stored.head().hash());
      TrieWorldState storedState = stored.stateAt(stored.headHash()).orElseThrow();
      TrieWorldState replayedState = replay.stateAt(replay.headHash()).orElseThrow();
      assertThat(storedState.rootHash()).isEqualTo(replayedState.rootHash());
      assertThat(storedState.balance(RECIPIENT)).isEqualTo(replayedState.balance(RECIPIENT));
      assertThat(storedState.nonce(senderAddress)).isEqualTo(replayedState.nonce(senderAddress));
    }

    try (DevNode node = DevNode.start(DevConfig.defaults(dataDir).withRpcPort(0), Clock.systemUTC(), List.of())) {
      RpcClient rpc = new RpcClient(node.rpcUrl());
      assertThat(rpc.blockNumber()).isEqualTo(head);
      Hash last = seenReceipts.keySet().stream().reduce((a, b) -> b).orElseThrow();
      assertThat(rpc.receipt(last)).isPresent();
    }
  }

  private Process startNodeProcess(int round) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "dev", "--data-dir", dataDir.toString(), "--rpc-port", "0");
    pb.redirectOutput(logs.resolve("out-" + round + ".txt").toFile());
    pb.redirectError(logs.resolve("err-" + round + ".txt").toFile());
    return pb.start();
  }

  /** The banner's "RPC URL:" line, once the child has printed it. */
  private String awaitRpcUrl(Process node, int round) throws IOException, InterruptedException {
    Path out = logs.resolve("out-" + round + ".txt");
    String[] url = new String[1];
    RpcClient.await("the node prints its RPC URL", () -> {
      if (!node.isAlive()) {
        throw new AssertionError("the node exited with " + node.exitValue() + ": "
            + Files.readString(logs.resolve("err-" + round + ".txt")));
      }
      for (String line : Files.readAllLines(out)) {
        if (line.startsWith("RPC URL:")) {
          url[0] = line.substring("RPC URL:".length()).trim();
          return true;
        }
      }
      return false;
    });
    return url[0];
  }
}
