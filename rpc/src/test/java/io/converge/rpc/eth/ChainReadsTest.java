package io.converge.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.types.Address;
import io.converge.types.block.Block;
import io.converge.types.transaction.Transaction;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Blocks, transactions, receipts and account state read over HTTP from a real in-memory chain. */
class ChainReadsTest {
  private static final Address RECIPIENT = Address.fromHex("000000000000000000000000000000000000dead");
  private static DevChain dev;
  private static Block first;
  private static Block second;
  private static Transaction transfer;
  private static Transaction logCall;

  @BeforeAll
  static void build() throws Exception {
    dev = new DevChain();
    transfer = dev.transfer(0, RECIPIENT, 1000);
    first = dev.mine(List.of(transfer));
    logCall = dev.dynamicCall(1, DevChain.LOGGER, 60_000);
    second = dev.mine(List.of(logCall, dev.dynamicCall(2, DevChain.COUNTER, 60_000)));
  }

  @AfterAll
  static void stop() {
    dev.close();
  }

  @Test
  void answersChainIdBlockNumberAndNetVersion() throws Exception {
    assertThat(dev.result("eth_chainId").asText()).isEqualTo("0x539");
    assertThat(dev.result("net_version").asText()).isEqualTo("1337");
    assertThat(dev.result("eth_blockNumber").asText()).isEqualTo("0x2");
    assertThat(dev.result("eth_syncing").asBoolean()).isFalse();
    assertThat(dev.result("net_listening").asBoolean()).isTrue();
    assertThat(dev.result("eth_accounts").get(0).asText()).isEqualTo(DevChain.SENDER.toHex());
  }

  @Test
  void readsBalanceNonceCodeAndStorageAtBlocks() throws Exception {
    assertThat(dev.result("eth_getBalance", RECIPIENT.toHex(), "latest").asText()).isEqualTo("0x3e8");
    assertThat(dev.result("eth_getBalance", RECIPIENT.toHex(), "0x0").asText()).isEqualTo("0x0");
    assertThat(dev.result("eth_getTransactionCount", DevChain.SENDER.toHex(), "latest").asText()).isEqualTo("0x3");
    assertThat(dev.result("eth_getTransactionCount", DevChain.SENDER.toHex(), "0x1").asText()).isEqualTo("0x1");
    assertThat(dev.result("eth_getCode", DevChain.FORTY_TWO.toHex(), "latest").asText())
        .isEqualTo("0x602a60005260206000f3");
    assertThat(dev.result("eth_getStorageAt", DevChain.COUNTER.toHex(), "0x0", "latest").asText())
        .isEqualTo("0x0000000000000000000000000000000000000000000000000000000000000006");
    assertThat(dev.result("eth_getStorageAt", DevChain.COUNTER.toHex(), "0x0", "earliest").asText())
        .endsWith("05");
  }

  @Test
  void unknownBlockForStateIsHeaderNotFound() throws Exception {
    JsonNode error = dev.call("eth_getBalance", RECIPIENT.toHex(), "0x99").get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32000);
    assertThat(error.get("message").asText()).isEqualTo("header not found");
  }

  @Test
  void blockByNumberHasGethsFieldsAndHashesOrFullTransactions() throws Exception {
    JsonNode block = dev.result("eth_getBlockByNumber", "0x1", false);
    assertThat(block.get("hash").asText()).isEqualTo(first.hash().toHex());
    assertThat(block.get("number").asText()).isEqualTo("0x1");
    assertThat(block.get("transactions").get(0).asText()).isEqualTo(transfer.hash().toHex());
    assertThat(block.get("uncles").size()).isZero();
    assertThat(block.get("withdrawals").size()).isZero();
    assertThat(block.get("nonce").asText()).isEqualTo("0x0000000000000000");
    assertThat(block.get("size").asText()).isEqualTo("0x" + Integer.toHexString(first.encoded().length));
    for (String field : List.of("parentHash", "sha3Uncles", "logsBloom", "stateRoot", "miner", "difficulty",
        "extraData", "gasLimit", "gasUsed", "timestamp", "transactionsRoot", "receiptsRoot", "baseFeePerGas",
        "withdrawalsRoot", "blobGasUsed", "excessBlobGas", "parentBeaconBlockRoot", "totalDifficulty", "mixHash")) {
      assertThat(block.has(field)).as(field).isTrue();
    }
    JsonNode full = dev.result("eth_getBlockByHash", first.hash().toHex(), true);
    assertThat(full.get("transactions").get(0).get("hash").asText()).isEqualTo(transfer.hash().toHex());
    assertThat(dev.result("eth_getBlockByNumber", "latest", false).get("number").asText()).isEqualTo("0x2");
    assertThat(dev.result("eth_getBlockByNumber", "earliest", false).get("number").asText()).isEqualTo("0x0");
    assertThat(dev.result("eth_getBlockByNumber", "0x63", false).isNull()).isTrue();
  }

  @Test
  void legacyTransactionShowsEip155ChainIdAndV() throws Exception {
    JsonNode tx = dev.result("eth_getTransactionByHash", transfer.hash().toHex());
    assertThat(tx.get("type").asText()).isEqualTo("0x0");
    assertThat(tx.get("chainId").asText()).isEqualTo("0x539");
    assertThat(tx.get("v").asText()).isIn("0xa95", "0xa96"); // 35 + 2 * 1337 + parity
    assertThat(tx.has("yParity")).isFalse();
    assertThat(tx.has("accessList")).isFalse();
    assertThat(tx.get("from").asText()).isEqualTo(DevChain.SENDER.toHex());
    assertThat(tx.get("blockNumber").asText()).isEqualTo("0x1");
    assertThat(tx.get("transactionIndex").asText()).isEqualTo("0x0");
    assertThat(tx.get("gasPrice").asText()).isEqualTo("0x2540be400");
  }

  @Test
  void dynamicFeeTransactionShowsEffectiveGasPriceAndYParity() throws Exception {
    JsonNode tx = dev.result("eth_getTransactionByBlockNumberAndIndex", "0x2", "0x0");
    assertThat(tx.get("hash").asText()).isEqualTo(logCall.hash().toHex());
    assertThat(tx.get("type").asText()).isEqualTo("0x2");
    assertThat(tx.get("yParity").asText()).isEqualTo(tx.get("v").asText());
    assertThat(tx.get("accessList").size()).isZero();
    assertThat(tx.get("maxFeePerGas").asText()).isEqualTo("0x6fc23ac00");
    long baseFee = Long.decode(dev.result("eth_getBlockByNumber", "0x2", false).get("baseFeePerGas").asText());
    assertThat(Long.decode(tx.get("gasPrice").asText())).isEqualTo(baseFee + 2_000_000_000L);
    assertThat(dev.result("eth_getTransactionByBlockHashAndIndex", second.hash().toHex(), "0x5").isNull()).isTrue();
    assertThat(dev.result("eth_getBlockTransactionCountByNumber", "0x2").asText()).isEqualTo("0x2");
  }

  @Test
  void receiptCarriesGasLogsStatusAndEffectiveGasPrice() throws Exception {
    JsonNode receipt = dev.result("eth_getTransactionReceipt", logCall.hash().toHex());
    assertThat(receipt.get("status").asText()).isEqualTo("0x1");
    assertThat(receipt.get("type").asText()).isEqualTo("0x2");
    assertThat(receipt.get("contractAddress").isNull()).isTrue();
    assertThat(receipt.get("to").asText()).isEqualTo(DevChain.LOGGER.toHex());
    assertThat(receipt.get("logs").size()).isEqualTo(1);
    JsonNode log = receipt.get("logs").get(0);
    assertThat(log.get("topics").get(0).asText()).isEqualTo(DevChain.LOG_TOPIC.toHex());
    assertThat(log.get("logIndex").asText()).isEqualTo("0x0");
    assertThat(log.get("removed").asBoolean()).isFalse();
    assertThat(receipt.get("gasUsed").asText()).isEqualTo(receipt.get("cumulativeGasUsed").asText());
    assertThat(receipt.has("effectiveGasPrice")).isTrue();
    JsonNode all = dev.result("eth_getBlockReceipts", "0x2");
    assertThat(all.size()).isEqualTo(2);
    long second = Long.decode(all.get(1).get("cumulativeGasUsed").asText());
    long used = Long.decode(all.get(1).get("gasUsed").asText());
    assertThat(second - used).isEqualTo(Long.decode(receipt.get("cumulativeGasUsed").asText()));
    assertThat(dev.result("eth_getTransactionReceipt",
        "0x0000000000000000000000000000000000000000000000000000000000000001").isNull()).isTrue();
  }

  @Test
  void coinbaseIsTheFirstDevAccountAndPostMergeBlocksHaveNoUncles() throws Exception {
    assertThat(dev.result("eth_coinbase").asText()).isEqualTo(DevChain.SENDER.toHex());
    assertThat(dev.result("eth_getUncleCountByBlockNumber", "0x1").asText()).isEqualTo("0x0");
    assertThat(dev.result("eth_getUncleByBlockNumberAndIndex", "0x1", "0x0").isNull()).isTrue();
  }

  @Test
  void pendingNonceCountsPoolTransactions() throws Exception {
    assertThat(dev.pool.add(dev.transfer(3, RECIPIENT, 1), io.converge.txpool.Origin.LOCAL).isAccepted()).isTrue();
    assertThat(dev.result("eth_getTransactionCount", DevChain.SENDER.toHex(), "pending").asText()).isEqualTo("0x4");
    assertThat(dev.result("eth_getTransactionCount", DevChain.SENDER.toHex(), "latest").asText()).isEqualTo("0x3");
  }
}
