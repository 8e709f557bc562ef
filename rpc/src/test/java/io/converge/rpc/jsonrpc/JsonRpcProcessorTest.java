package io.converge.rpc.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.rpc.method.Namespace;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcMethodRegistry;
import io.converge.rpc.method.RpcSession;
import io.converge.rpc.param.Quantity;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transport-free core; the same cases over HTTP are in HttpJsonRpcTest. */
class JsonRpcProcessorTest {
  record Account(Address address, Wei balance, Quantity nonce, Bytes code, Hash storageRoot) {}

  private final JsonRpcProcessor processor = new JsonRpcProcessor(RpcMethodRegistry.of(Namespace.of("t",
      RpcMethod.of("t_account", request -> new Account(Address.ofNumber(1), Wei.of(1_000_000_000_000_000_000L),
          Quantity.of(0), Bytes.EMPTY, Hash.ZERO)),
      RpcMethod.of("t_list", request -> List.of(Map.of("empty", Bytes.of((byte) 0x0a)))))), 10);

  @Test
  void encodesOurTypesAsEthereumHex() {
    assertThat(answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"t_account\"}")).isEqualTo(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{"
            + "\"address\":\"0x0000000000000000000000000000000000000001\","
            + "\"balance\":\"0xde0b6b3a7640000\",\"nonce\":\"0x0\",\"code\":\"0x\","
            + "\"storageRoot\":\"0x" + "00".repeat(32) + "\"}}");
    assertThat(answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"t_list\"}"))
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"empty\":\"0x0a\"}]}");
  }

  @Test
  void echoesBooleanIdsAsGethDoes() {
    assertThat(answer("{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"t_list\"}")).startsWith(
        "{\"jsonrpc\":\"2.0\",\"id\":true,");
  }

  @Test
  void answersANotificationToAMissingMethodWithNothing() {
    assertThat(processor.process("{\"jsonrpc\":\"2.0\",\"method\":\"nope\"}".getBytes(StandardCharsets.UTF_8),
        RpcSession.STATELESS)).isEmpty();
  }

  @Test
  void treatsAnEmptyBodyAsAParseError() {
    assertThat(answer("")).isEqualTo(
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"parse error\"}}");
    assertThat(answer("[" .repeat(500))).contains("-32700");
  }

  @Test
  void writesNotificationsWithoutAnId() {
    assertThat(new String(processor.notification("eth_subscription", Map.of("result", Quantity.of(1))),
        StandardCharsets.UTF_8))
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"eth_subscription\",\"params\":{\"result\":\"0x1\"}}");
  }

  private String answer(String request) {
    return new String(processor.process(request.getBytes(StandardCharsets.UTF_8), RpcSession.STATELESS)
        .orElseThrow(), StandardCharsets.UTF_8);
  }
}
