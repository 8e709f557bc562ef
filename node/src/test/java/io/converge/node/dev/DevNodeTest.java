package io.converge.node.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.consensus.dev.SealingMode;
import io.converge.crypto.hd.EthereumAccount;
import io.converge.types.Address;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevNodeTest {
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);
  private static final Address RECIPIENT = Address.fromHex("0x00000000000000000000000000000000000c0ffe");

  @TempDir Path dataDir;

  private DevNode start(SealingMode mode) throws Exception {
    DevConfig config = DevConfig.defaults(dataDir).withRpcPort(0).withSealing(mode);
    return DevNode.start(config, Clock.systemUTC(), List.of());
  }

  @Test
  void sealsATransferSentOverHttpAndKeepsItAcrossARestart() throws Exception {
    EthereumAccount sender = DevAccounts.first(1).get(0);
    Address senderAddress = DevAccounts.address(sender);
    Hash txHash;
    long minedIn;
    BigInteger senderAfter;
    try (DevNode node = start(new SealingMode.Instant())) {
      RpcClient rpc = new RpcClient(node.rpcUrl());
      assertThat(rpc.balance(senderAddress)).isEqualTo(ETHER.multiply(BigInteger.valueOf(10_000)));

      Transaction tx = RpcClient.transfer(ChainId.of(1337), sender, 0, RECIPIENT, ETHER.multiply(BigInteger.TWO));
      txHash = rpc.sendRaw(tx);
      JsonNode receipt = rpc.awaitReceipt(txHash);

      assertThat(receipt.get("status").asText()).isEqualTo("0x1");
      minedIn = RpcClient.quantity(receipt.get("blockNumber")).longValueExact();
      assertThat(rpc.blockNumber()).isEqualTo(minedIn);
      assertThat(rpc.balance(RECIPIENT)).isEqualTo(ETHER.multiply(BigInteger.TWO));
      BigInteger fee = RpcClient.quantity(receipt.get("gasUsed"))
          .multiply(RpcClient.quantity(receipt.get("effectiveGasPrice")));
      senderAfter = rpc.balance(senderAddress);
      assertThat(senderAfter)
          .isEqualTo(ETHER.multiply(BigInteger.valueOf(10_000)).subtract(ETHER.multiply(BigInteger.TWO)).subtract(fee));
    }

    try (DevNode node = start(new SealingMode.Instant())) {
      RpcClient rpc = new RpcClient(node.rpcUrl());
      assertThat(rpc.blockNumber()).isEqualTo(minedIn);
      assertThat(rpc.receipt(txHash)).isPresent();
      assertThat(rpc.balance(RECIPIENT)).isEqualTo(ETHER.multiply(BigInteger.TWO));
      assertThat(rpc.balance(senderAddress)).isEqualTo(senderAfter);
      assertThat(rpc.nonce(senderAddress)).isEqualTo(1);
    }
  }

  @Test
  void writesTheGenesisOnFirstStartAndServesTheDevChainId() throws Exception {
    try (DevNode node = start(new SealingMode.Instant())) {
      RpcClient rpc = new RpcClient(node.rpcUrl());
      assertThat(rpc.call("eth_chainId").asText()).isEqualTo("0x539");
      assertThat(rpc.blockNumber()).isZero();
      assertThat(rpc.call("rpc_modules").has("web3")).isTrue();
      for (EthereumAccount a : DevAccounts.first(10)) {
        assertThat(rpc.balance(DevAccounts.address(a))).isEqualTo(ETHER.multiply(BigInteger.valueOf(10_000)));
      }
    }
    assertThat(Files.readString(dataDir.resolve(DevGenesis.FILE_NAME))).contains("\"cancunTime\" : 0");
  }

  @Test
  void intervalModeProducesEmptyBlocks() throws Exception {
    try (DevNode node = start(new SealingMode.Interval(Duration.ofMillis(100)))) {
      RpcClient rpc = new RpcClient(node.rpcUrl());
      RpcClient.await("three blocks", () -> rpc.blockNumber() >= 3);
      for (int n = 1; n <= 3; n++) {
        JsonNode block = rpc.call("eth_getBlockByNumber", "0x" + Integer.toHexString(n), false);
        assertThat(block.get("transactions")).isEmpty();
        assertThat(block.get("gasUsed").asText()).isEqualTo("0x0");
      }
    }
  }

  @Test
  void derivesTheAccountsHardhatAndAnvilShow() {
    List<EthereumAccount> accounts = DevAccounts.first(2);
    assertThat(accounts.get(0).address().toChecksumHex()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    assertThat(accounts.get(1).address().toChecksumHex()).isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  }
}
