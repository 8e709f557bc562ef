package io.converge.rpc.server;

import static io.converge.rpc.server.HttpRpcClient.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.rpc.method.Namespace;
import io.converge.rpc.method.RpcMethodRegistry;
import io.converge.rpc.net.NetListeningMethod;
import io.converge.rpc.web3.Web3Namespace;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON-RPC 2.0 semantics over real HTTP, answered as Geth answers them. */
class HttpJsonRpcTest {
  private static final TestMethods TEST = new TestMethods();
  private static RpcServer server;
  private static HttpRpcClient client;

  @BeforeAll
  static void start() throws Exception {
    RpcMethodRegistry registry = RpcMethodRegistry.of(
        Web3Namespace.create("Converge/v0.1.0-test/linux-amd64/java17"),
        Namespace.of("net", new NetListeningMethod()),
        TEST.namespace());
    RpcServerConfig config = RpcServerConfig.defaults()
        .withPort(0)
        .withThreads(1, 4)
        .withLimits(RpcLimits.DEFAULT.withMaxBatchSize(6));
    server = RpcServer.open(config, registry);
    client = new HttpRpcClient(server.start());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void answersWithVersionIdAndResultInGethsOrder() {
    HttpResponse<String> response =
        client.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_clientVersion\",\"params\":[]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(response.body())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"Converge/v0.1.0-test/linux-amd64/java17\"}");
  }

  @Test
  void echoesStringNullFractionalAndHugeIdsExactly() {
    assertThat(client.post("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"net_listening\"}").body())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"result\":true}");
    assertThat(client.post("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"net_listening\"}").body())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":true}");
    assertThat(client.post("{\"jsonrpc\":\"2.0\",\"id\":1.50,\"method\":\"net_listening\"}").body())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1.50,\"result\":true}");
    assertThat(client.post("{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"net_listening\"}")
        .body())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"result\":true}");
  }

  @Test
  void answersMalformedJsonWithParseErrorAndNullId() {
    HttpResponse<String> response = client.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"parse error\"}}");
  }

  @Test
  void answersAMessageWithoutVersionAsInvalidRequestKeepingItsId() {
    assertThat(client.postJson("{\"id\":7,\"method\":\"web3_clientVersion\"}")).isEqualTo(parse(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32600,\"message\":\"invalid request\"}}"));
    assertThat(client.postJson("{\"jsonrpc\":\"1.0\",\"id\":8,\"method\":\"web3_clientVersion\"}")).isEqualTo(parse(
        "{\"jsonrpc\":\"2.0\",\"id\":8,\"error\":{\"code\":-32600,\"message\":\"invalid request\"}}"));
  }

  @Test
  void answersObjectIdsAndNonObjectsAsInvalidRequestWithNullId() {
    String invalid = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"invalid request\"}}";
    assertThat(client.postJson("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"net_listening\"}"))
        .isEqualTo(parse(invalid));
    assertThat(client.postJson("42")).isEqualTo(parse(invalid));
    assertThat(client.postJson("null")).isEqualTo(parse(invalid));
    assertThat(client.postJson("{\"jsonrpc\":2.0,\"id\":4,\"method\":\"net_listening\"}")).isEqualTo(parse(
        "{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32600,\"message\":\"invalid request\"}}"));
    assertThat(client.postJson("{\"jsonrpc\":\"2.0\",\"id\":3}")).isEqualTo(parse(
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32600,\"message\":\"invalid request\"}}"));
  }

  @Test
  void namesAnUnknownMethod() {
    assertThat(client.postJson("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_nothing\"}")).isEqualTo(parse(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,"
            + "\"message\":\"the method eth_nothing does not exist/is not available\"}}"));
  }

  @Test
  void explainsInvalidParamsWithTheArgumentPosition() {
    assertThat(error("web3_sha3", "[\"68656c6c6f\"]")).isEqualTo(invalidParams(
        "invalid argument 0: json: cannot unmarshal hex string without 0x prefix into Go value of type hexutil.Bytes"));
    assertThat(error("test_double", "[\"0x01\"]")).isEqualTo(invalidParams(
        "invalid argument 0: json: cannot unmarshal hex number with leading zero digits into Go value of type"
            + " *hexutil.Big"));
    assertThat(error("test_block", "[\"1\"]")).isEqualTo(invalidParams("invalid argument 0: hex string without 0x prefix"));
    assertThat(error("test_double", "[]")).isEqualTo(invalidParams("missing value for required argument 0"));
    assertThat(error("web3_clientVersion", "[1]")).isEqualTo(invalidParams("too many arguments, want at most 0"));
    assertThat(error("test_double", "{\"n\":\"0x1\"}")).isEqualTo(invalidParams("non-array args"));
  }

  @Test
  void hidesTheDetailsOfAMethodThatCrashes() {
    HttpResponse<String> response = client.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_crash\"}");

    assertThat(parse(response.body())).isEqualTo(parse(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32603,\"message\":\"method handler crashed\"}}"));
    assertThat(response.body()).doesNotContain("internal detail", "Exception", "at io.");
  }

  @Test
  void reportsARevertWithCodeThreeReasonAndData() {
    JsonNode error = client.postJson("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_revert\"}").get("error");

    assertThat(error.get("code").asInt()).isEqualTo(3);
    assertThat(error.get("message").asText()).isEqualTo("execution reverted: not enough funds");
    assertThat(error.get("data").asText()).isEqualTo(TestMethods.errorString("not enough funds").toHex());
  }

  @Test
  void keepsANullResult() {
    assertThat(client.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_null\"}").body())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}");
  }

  @Test
  void runsANotificationButAnswersNothing() {
    int before = TEST.calls.get();

    HttpResponse<String> response = client.post("{\"jsonrpc\":\"2.0\",\"method\":\"test_count\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(TEST.calls.get()).isEqualTo(before + 1);
  }

  @Test
  void answersAnEmptyBatchWithOneError() {
    assertThat(client.post("[]").body())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"empty batch\"}}");
  }

  @Test
  void answersEachMemberOfAMixedBatchInOrderAndSkipsNotifications() {
    JsonNode answers = client.postJson("["
        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_double\",\"params\":[\"0x15\"]},"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"test_count\"},"
        + "{\"id\":3,\"method\":\"net_listening\"},"
        + "5,"
        + "{\"jsonrpc\":\"2.0\",\"id\":\"four\",\"method\":\"nope_nothing\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"test_double\",\"params\":[true]}"
        + "]");

    assertThat(answers).isEqualTo(parse("["
        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x2a\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32600,\"message\":\"invalid request\"}},"
        + "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"invalid request\"}},"
        + "{\"jsonrpc\":\"2.0\",\"id\":\"four\",\"error\":{\"code\":-32601,"
        + "\"message\":\"the method nope_nothing does not exist/is not available\"}},"
        + "{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":-32602,\"message\":"
        + "\"invalid argument 0: json: cannot unmarshal non-string into Go value of type *hexutil.Big\"}}]"));
  }

  @Test
  void answersABatchOfNotificationsWithNothing() {
    HttpResponse<String> response = client.post(
        "[{\"jsonrpc\":\"2.0\",\"method\":\"test_count\"},{\"jsonrpc\":\"2.0\",\"method\":\"test_count\"}]");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void refusesAnOversizedBatchWholeWithTheFirstCallsId() {
    int before = TEST.calls.get();
    StringBuilder batch = new StringBuilder("[{\"jsonrpc\":\"2.0\",\"method\":\"test_count\"}");
    for (int i = 0; i < 6; i++) {
      batch.append(",{\"jsonrpc\":\"2.0\",\"id\":").append(10 + i).append(",\"method\":\"test_count\"}");
    }
    batch.append(']');

    assertThat(client.postJson(batch.toString())).isEqualTo(parse(
        "[{\"jsonrpc\":\"2.0\",\"id\":10,\"error\":{\"code\":-32600,\"message\":\"batch too large\"}}]"));
    assertThat(TEST.calls.get()).isEqualTo(before);
  }

  @Test
  void servesTheChainFreeMethods() {
    assertThat(result("web3_sha3", "[\"0x68656c6c6f20776f726c64\"]").asText())
        .isEqualTo("0x47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad");
    assertThat(result("net_listening", "[]").asBoolean()).isTrue();
    assertThat(result("rpc_modules", "[]"))
        .isEqualTo(parse("{\"net\":\"1.0\",\"rpc\":\"1.0\",\"test\":\"1.0\",\"web3\":\"1.0\"}"));
  }

  @Test
  void acceptsTheEip1898BlockObject() {
    String hash = "0x" + "ab".repeat(32);
    assertThat(result("test_block", "[{\"blockHash\":\"" + hash + "\",\"requireCanonical\":true}]").asText())
        .isEqualTo("ByHash[hash=" + hash + ", requireCanonical=true]");
    assertThat(result("test_block", "[\"finalized\"]").asText()).isEqualTo("FINALIZED");
  }

  private static JsonNode result(String method, String params) {
    return client.postJson(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}").get("result");
  }

  private static JsonNode error(String method, String params) {
    return client.postJson(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}").get("error");
  }

  private static JsonNode invalidParams(String message) {
    return HttpRpcClient.JSON.createObjectNode().put("code", -32602).put("message", message);
  }
}
