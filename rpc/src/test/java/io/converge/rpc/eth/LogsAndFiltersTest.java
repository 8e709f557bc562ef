package io.converge.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.rpc.server.RpcLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** eth_getLogs, polling filters with expiry, and eth_subscribe over a real WebSocket. */
class LogsAndFiltersTest {
  private static final String OTHER_TOPIC = "0x" + "bb".repeat(32);
  private DevChain dev;

  @BeforeEach
  void start() throws Exception {
    dev = new DevChain(RpcLimits.DEFAULT.withMaxLogBlockRange(3));
  }

  @AfterEach
  void stop() {
    dev.close();
  }

  private void mineLogs(int blocks) {
    for (int i = 0; i < blocks; i++) {
      long nonce = dev.chain.stateAt(dev.chain.headHash()).orElseThrow().nonce(DevChain.SENDER);
      dev.mine(List.of(dev.dynamicCall(nonce, DevChain.LOGGER, 60_000)));
    }
  }

  @Test
  void getLogsFiltersByAddressTopicsAndRange() throws Exception {
    mineLogs(2);
    JsonNode all = dev.result("eth_getLogs", Map.of("fromBlock", "0x1", "toBlock", "latest"));
    assertThat(all.size()).isEqualTo(2);
    assertThat(all.get(1).get("blockNumber").asText()).isEqualTo("0x2");
    assertThat(dev.result("eth_getLogs", Map.of("fromBlock", "0x0", "address",
        List.of(DevChain.COUNTER.toHex()))).size()).isZero();
    assertThat(dev.result("eth_getLogs", Map.of("fromBlock", "0x0", "address", DevChain.LOGGER.toHex(),
        "topics", List.of(List.of(OTHER_TOPIC, DevChain.LOG_TOPIC.toHex())))).size()).isEqualTo(2);
    assertThat(dev.result("eth_getLogs", Map.of("fromBlock", "0x0",
        "topics", Arrays.asList((Object) null))).size()).isEqualTo(2);
    assertThat(dev.result("eth_getLogs", Map.of("fromBlock", "0x0",
        "topics", List.of(OTHER_TOPIC))).size()).isZero();
    assertThat(dev.result("eth_getLogs", Map.of("fromBlock", "0x0",
        "topics", Arrays.asList(null, null))).size()).isZero(); // the log has one topic
    String hash = all.get(0).get("blockHash").asText();
    assertThat(dev.result("eth_getLogs", Map.of("blockHash", hash)).size()).isEqualTo(1);
  }

  @Test
  void getLogsRefusesRangesBeyondTheLimitAndBlockHashWithRange() throws Exception {
    mineLogs(4);
    JsonNode error = dev.call("eth_getLogs", Map.of("fromBlock", "0x0", "toBlock", "0x4")).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32005);
    JsonNode both = dev.call("eth_getLogs", Map.of("fromBlock", "0x0",
        "blockHash", "0x" + "00".repeat(32))).get("error");
    assertThat(both.get("code").asInt()).isEqualTo(-32602);
    assertThat(both.get("message").asText())
        .contains("cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other");
  }

  @Test
  void filtersCollectChangesAndExpireAfterFiveMinutes() throws Exception {
    String blocks = dev.result("eth_newBlockFilter").asText();
    String logs = dev.result("eth_newFilter", Map.of("address", DevChain.LOGGER.toHex())).asText();
    String pending = dev.result("eth_newPendingTransactionFilter").asText();
    mineLogs(1);
    JsonNode blockChanges = dev.result("eth_getFilterChanges", blocks);
    assertThat(blockChanges.size()).isEqualTo(1);
    assertThat(blockChanges.get(0).asText()).isEqualTo(dev.chain.headHash().toHex());
    assertThat(dev.result("eth_getFilterChanges", blocks).size()).isZero();
    assertThat(dev.result("eth_getFilterChanges", logs).get(0).get("address").asText())
        .isEqualTo(DevChain.LOGGER.toHex());
    assertThat(dev.result("eth_getFilterLogs", logs).size()).isEqualTo(1);
    var tx = dev.transfer(1, DevChain.COUNTER, 1);
    dev.result("eth_sendRawTransaction", tx.encoded().toHex());
    assertThat(dev.result("eth_getFilterChanges", pending).get(0).asText()).isEqualTo(tx.hash().toHex());

    dev.clock.advance(Duration.ofMinutes(6));
    JsonNode expired = dev.call("eth_getFilterChanges", blocks).get("error");
    assertThat(expired.get("message").asText()).isEqualTo("filter not found");
    assertThat(dev.result("eth_uninstallFilter", logs).asBoolean()).isFalse();
  }

  @Test
  void uninstallRemovesAFilter() throws Exception {
    String id = dev.result("eth_newBlockFilter").asText();
    assertThat(dev.result("eth_uninstallFilter", id).asBoolean()).isTrue();
    assertThat(dev.result("eth_uninstallFilter", id).asBoolean()).isFalse();
  }

  @Test
  void subscriptionsDeliverHeadsLogsAndPendingHashesOverWebSocket() throws Exception {
    BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create("ws://" + dev.address.getHostString() + ":" + dev.address.getPort() + "/"),
            new WebSocket.Listener() {
              private final StringBuilder text = new StringBuilder();

              @Override
              public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                  try {
                    inbox.add(DevChain.JSON.readTree(text.toString()));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  text.setLength(0);
                }
                socket.request(1);
                return null;
              }
            }).get(5, TimeUnit.SECONDS);
    try {
      ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}", true);
      String heads = poll(inbox).get("result").asText();
      ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_subscribe\",\"params\":[\"logs\",{\"topics\":[\""
          + DevChain.LOG_TOPIC.toHex() + "\"]}]}", true);
      String logs = poll(inbox).get("result").asText();
      ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"eth_subscribe\",\"params\":"
          + "[\"newPendingTransactions\"]}", true);
      String pending = poll(inbox).get("result").asText();

      mineLogs(1);
      JsonNode head = poll(inbox);
      assertThat(head.get("method").asText()).isEqualTo("eth_subscription");
      assertThat(head.get("params").get("subscription").asText()).isEqualTo(heads);
      assertThat(head.get("params").get("result").get("number").asText()).isEqualTo("0x1");
      JsonNode log = poll(inbox);
      assertThat(log.get("params").get("subscription").asText()).isEqualTo(logs);
      assertThat(log.get("params").get("result").get("address").asText()).isEqualTo(DevChain.LOGGER.toHex());

      var tx = dev.transfer(1, DevChain.COUNTER, 1);
      dev.result("eth_sendRawTransaction", tx.encoded().toHex());
      JsonNode hash = poll(inbox);
      assertThat(hash.get("params").get("subscription").asText()).isEqualTo(pending);
      assertThat(hash.get("params").get("result").asText()).isEqualTo(tx.hash().toHex());

      ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"eth_unsubscribe\",\"params\":[\"" + heads + "\"]}",
          true);
      assertThat(poll(inbox).get("result").asBoolean()).isTrue();
    } finally {
      ws.abort();
    }
  }

  private static JsonNode poll(BlockingQueue<JsonNode> inbox) throws InterruptedException {
    JsonNode next = inbox.poll(5, TimeUnit.SECONDS);
    assertThat(next).as("a message within 5 s").isNotNull();
    return next;
  }
}
