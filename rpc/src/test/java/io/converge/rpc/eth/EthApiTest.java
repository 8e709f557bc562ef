package io.converge.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.types.Address;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The node's entry point: which namespaces it serves, and how pool rejections reach callers. */
class EthApiTest {
  private static DevChain dev;

  @BeforeAll
  static void build() throws Exception {
    dev = new DevChain();
    dev.mine(List.of(dev.transfer(0, Address.fromHex("00000000000000000000000000000000000000aa"), 1)));
  }

  @AfterAll
  static void stop() {
    dev.close();
  }

  @Test
  void servesEthNetTxpoolAndDebugNamespaces() throws Exception {
    JsonNode modules = dev.result("rpc_modules");
    assertThat(modules.fieldNames()).toIterable().containsExactlyInAnyOrder("eth", "net", "txpool", "debug", "rpc");
    assertThat(dev.result("net_peerCount").asText()).isEqualTo("0x0");
  }

  @Test
  void poolRejectionIsMinus32000WithGethsMessage() throws Exception {
    var stale = dev.transfer(0, Address.fromHex("00000000000000000000000000000000000000aa"), 1);
    JsonNode error = dev.call("eth_sendRawTransaction", stale.encoded().toHex()).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32000);
    assertThat(error.get("message").asText()).startsWith("nonce too low");
    JsonNode garbage = dev.call("eth_sendRawTransaction", "0x01").get("error");
    assertThat(garbage.get("code").asInt()).isEqualTo(-32000);
  }

  @Test
  void txpoolShowsPendingAndQueuedByChecksummedSenderAndDecimalNonce() throws Exception {
    Address to = Address.fromHex("00000000000000000000000000000000000000aa");
    dev.result("eth_sendRawTransaction", dev.transfer(1, to, 7).encoded().toHex());
    dev.result("eth_sendRawTransaction", dev.transfer(3, to, 7).encoded().toHex()); // a gap: queued
    JsonNode status = dev.result("txpool_status");
    assertThat(status.get("pending").asText()).isEqualTo("0x1");
    assertThat(status.get("queued").asText()).isEqualTo("0x1");
    String sender = "0xa94f5374Fce5edBC8E2a8697C15331677e6EbF0B"; // EIP-55, as Geth keys the accounts
    JsonNode content = dev.result("txpool_content");
    assertThat(content.get("pending").get(sender).get("1").get("nonce").asText()).isEqualTo("0x1");
    assertThat(content.get("queued").get(sender).get("3").get("blockHash").isNull()).isTrue();
    JsonNode from = dev.result("txpool_contentFrom", DevChain.SENDER.toHex());
    assertThat(from.get("queued").get("3").get("value").asText()).isEqualTo("0x7");
    assertThat(dev.result("txpool_inspect").get("pending").get(sender).get("1").asText())
        .isEqualTo(io.converge.crypto.hd.AddressChecksum.toChecksumHex(to.toArray())
            + ": 7 wei + 21000 gas × 10000000000 wei");
  }

  @Test
  void wrongArgumentsAreInvalidParamsNamedAsGethNamesThem() throws Exception {
    JsonNode error = dev.call("eth_getBalance", "0x1234").get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).startsWith("invalid argument 0:");
    JsonNode missingBlock = dev.call("eth_getBalance", DevChain.SENDER.toHex()).get("error");
    assertThat(missingBlock.get("message").asText()).isEqualTo("missing value for required argument 1");
    JsonNode missingFlag = dev.call("eth_getBlockByNumber", "latest").get("error");
    assertThat(missingFlag.get("message").asText()).isEqualTo("missing value for required argument 1");
    JsonNode both = dev.call("eth_call", java.util.Map.of("data", "0x01", "input", "0x02")).get("error");
    assertThat(both.get("message").asText()).contains("both \"data\" and \"input\" are set and not equal");
  }
}
