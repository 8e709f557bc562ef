package io.converge.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.types.transaction.Transaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** debug_traceTransaction and debug_traceCall with the struct logger and the callTracer. */
class DebugTracingTest {
  private static DevChain dev;
  private static Transaction counterCall;

  @BeforeAll
  static void build() throws Exception {
    dev = new DevChain();
    counterCall = dev.dynamicCall(1, DevChain.COUNTER, 60_000);
    dev.mine(List.of(dev.transfer(0, DevChain.FORTY_TWO, 1), counterCall));
  }

  @AfterAll
  static void stop() {
    dev.close();
  }

  @Test
  void structLogsReplayTheTransactionAfterItsPredecessors() throws Exception {
    JsonNode trace = dev.result("debug_traceTransaction", counterCall.hash().toHex());
    JsonNode receipt = dev.result("eth_getTransactionReceipt", counterCall.hash().toHex());
    assertThat(trace.get("gas").asLong()).isEqualTo(Long.decode(receipt.get("gasUsed").asText()));
    assertThat(trace.get("failed").asBoolean()).isFalse();
    assertThat(trace.get("returnValue").asText()).isEqualTo("0x");
    JsonNode logs = trace.get("structLogs");
    assertThat(logs.size()).isEqualTo(7); // PUSH1 PUSH1 SLOAD ADD PUSH1 SSTORE STOP
    assertThat(logs.get(0).get("op").asText()).isEqualTo("PUSH1");
    assertThat(logs.get(0).get("pc").asInt()).isZero();
    assertThat(logs.get(0).get("depth").asInt()).isEqualTo(1);
    assertThat(logs.get(2).get("op").asText()).isEqualTo("SLOAD");
    assertThat(logs.get(2).get("stack").get(1).asText()).isEqualTo("0x0");
    assertThat(logs.get(2).get("gasCost").asLong()).isEqualTo(2100);
    String slot0 = "00".repeat(32);
    assertThat(logs.get(2).get("storage").get(slot0).asText()).isEqualTo("00".repeat(31) + "05");
    assertThat(logs.get(5).get("op").asText()).isEqualTo("SSTORE");
    assertThat(logs.get(5).get("storage").get(slot0).asText()).isEqualTo("00".repeat(31) + "06");
    assertThat(logs.get(0).has("storage")).isFalse();
  }

  @Test
  void callTracerShowsTheTopFrame() throws Exception {
    JsonNode trace = dev.result("debug_traceTransaction", counterCall.hash().toHex(),
        Map.of("tracer", "callTracer"));
    assertThat(trace.get("type").asText()).isEqualTo("CALL");
    assertThat(trace.get("from").asText()).isEqualTo(DevChain.SENDER.toHex());
    assertThat(trace.get("to").asText()).isEqualTo(DevChain.COUNTER.toHex());
    assertThat(trace.get("gas").asText()).isEqualTo("0xea60");
    assertThat(trace.get("value").asText()).isEqualTo("0x0");
    assertThat(trace.has("error")).isFalse();
  }

  @Test
  void traceCallReportsRevertReasonWithCallTracer() throws Exception {
    JsonNode trace = dev.result("debug_traceCall", Map.of("to", DevChain.REVERTER.toHex()), "latest",
        Map.of("tracer", "callTracer"));
    assertThat(trace.get("error").asText()).isEqualTo("execution reverted");
    assertThat(trace.get("revertReason").asText()).isEqualTo("nope");
    assertThat(trace.get("output").asText()).startsWith("0x08c379a0");
    JsonNode structLogs = dev.result("debug_traceCall", Map.of("to", DevChain.FORTY_TWO.toHex()), "latest");
    assertThat(structLogs.get("returnValue").asText()).endsWith("2a");
    assertThat(structLogs.get("structLogs").get(structLogs.get("structLogs").size() - 1).get("op").asText())
        .isEqualTo("RETURN");
  }

  @Test
  void callTracerNestsInnerCalls() throws Exception {
    JsonNode trace = dev.result("debug_traceCall", Map.of("to", DevChain.PROXY.toHex()), "latest",
        Map.of("tracer", "callTracer"));
    assertThat(trace.get("output").asText()).endsWith("2a");
    JsonNode inner = trace.get("calls").get(0);
    assertThat(inner.get("type").asText()).isEqualTo("STATICCALL");
    assertThat(inner.get("from").asText()).isEqualTo(DevChain.PROXY.toHex());
    assertThat(inner.get("to").asText()).isEqualTo(DevChain.FORTY_TWO.toHex());
    assertThat(inner.has("error")).isFalse();
  }

  @Test
  void traceBlockTracesEveryTransactionInOrder() throws Exception {
    JsonNode traces = dev.result("debug_traceBlockByNumber", "0x1", Map.of("tracer", "callTracer"));
    assertThat(traces.size()).isEqualTo(2);
    assertThat(traces.get(1).get("txHash").asText()).isEqualTo(counterCall.hash().toHex());
    assertThat(traces.get(0).get("result").get("to").asText()).isEqualTo(DevChain.FORTY_TWO.toHex());
    String hash = dev.result("eth_getBlockByNumber", "0x1", false).get("hash").asText();
    assertThat(dev.result("debug_traceBlockByHash", hash).get(1).get("result").get("structLogs").size())
        .isEqualTo(7);
  }

  @Test
  void unknownTracerIsAnError() throws Exception {
    JsonNode error = dev.call("debug_traceTransaction", counterCall.hash().toHex(),
        Map.of("tracer", "prestateTracer")).get("error");
    assertThat(error.get("message").asText()).isEqualTo("tracer not found: prestateTracer");
  }
}
