package io.converge.rpc.server;

import static io.converge.rpc.server.HttpRpcClient.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.rpc.method.RpcMethodRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side of the port: limits, content types, CORS, keep-alive, concurrency and shutdown. */
class HttpTransportTest {
  private static final int MAX_BODY = 4096;
  private static final String ALLOWED = "https://wallet.example";

  private final TestMethods test = new TestMethods();
  private RpcServer server;
  private HttpRpcClient client;

  @BeforeEach
  void start() throws IOException {
    server = RpcServer.open(config(), RpcMethodRegistry.of(test.namespace()));
    client = new HttpRpcClient(server.start());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static RpcServerConfig config() {
    return RpcServerConfig.defaults()
        .withPort(0)
        .withThreads(2, 4)
        .withCorsOrigins(Set.of(ALLOWED))
        .withLimits(RpcLimits.DEFAULT.withMaxRequestBytes(MAX_BODY));
  }

  @Test
  void answersAGetOfTheRootWithAShortText() {
    HttpResponse<String> response = client.send(client.request().GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(response.body()).contains("JSON-RPC");
  }

  @Test
  void refusesOtherHttpMethods() {
    HttpResponse<String> response = client.send(client.request()
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(parse(response.body()).at("/error/message").asText()).isEqualTo("method not allowed");
  }

  @Test
  void refusesBodiesThatAreNotJson() {
    String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_count\"}";
    HttpResponse<String> text = client.send(client.request()
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(call)).build());
    HttpResponse<String> none = client.send(client.request().POST(HttpRequest.BodyPublishers.ofString(call)).build());

    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(none.statusCode()).isEqualTo(415);
    assertThat(parse(text.body())).isEqualTo(parse("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
        + "\"message\":\"invalid content type, only application/json is supported\"}}"));
    assertThat(test.calls.get()).isZero();
  }

  @Test
  void acceptsJsonWithACharset() {
    HttpResponse<String> response = client.send(client.request()
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_count\"}"))
        .build());

    assertThat(parse(response.body()).get("result").asText()).isEqualTo("0x1");
  }

  @Test
  void refusesAnOversizedBodyWithoutRunningIt() {
    String padding = " ".repeat(MAX_BODY);
    String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_count\"}" + padding;

    HttpResponse<String> response = client.post(call);

    assertThat(response.statusCode()).isEqualTo(413);
    JsonNode error = parse(response.body()).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32005);
    assertThat(error.get("message").asText()).startsWith("content length too large");
    assertThat(test.calls.get()).isZero();
    // The server is still there for well-behaved callers.
    assertThat(client.postJson("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"test_count\"}").get("result").asText())
        .isEqualTo("0x1");
  }

  @Test
  void refusesAnOversizedChunkedBodyWithoutRunningIt() {
    byte[] call = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_count\"}" + " ".repeat(2 * MAX_BODY))
        .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = client.send(client.request()
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(call)))
        .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(parse(response.body()).at("/error/code").asInt()).isEqualTo(-32005);
    assertThat(test.calls.get()).isZero();
  }

  @Test
  void answersUnknownPathsWithNotFound() {
    HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(client.uri.resolve("/admin"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void letsAllowedOriginsReadAnswers() {
    HttpResponse<String> allowed = client.send(client.request()
        .header("Content-Type", "application/json").header("Origin", ALLOWED)
        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_null\"}")).build());
    HttpResponse<String> other = client.send(client.request()
        .header("Content-Type", "application/json").header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_null\"}")).build());

    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void answersCorsPreflightForAllowedOrigins() {
    HttpResponse<String> preflight = client.send(client.request()
        .header("Origin", ALLOWED)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
        methods -> assertThat(methods).contains("POST"));
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).contains("content-type");
  }

  @Test
  void answersPipelinedRequestsOnOneConnectionInOrder() throws IOException {
    InetSocketAddress address = server.address();
    try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
      socket.setSoTimeout(10_000);
      StringBuilder requests = new StringBuilder();
      for (int i = 1; i <= 3; i++) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"test_double\",\"params\":[\"0x" + i + "\"]}";
        requests.append("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n")
            .append("Content-Length: ").append(body.length()).append("\r\n\r\n").append(body);
      }
      OutputStream out = socket.getOutputStream();
      out.write(requests.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();

      InputStream in = socket.getInputStream();
      for (int i = 1; i <= 3; i++) {
        JsonNode answer = parse(readHttpBody(in));
        assertThat(answer.get("id").asInt()).isEqualTo(i);
        assertThat(answer.get("result").asText()).isEqualTo("0x" + Integer.toHexString(2 * i));
      }
    }
  }

  @Test
  void answersConcurrentCallersCorrectly() {
    List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String body = "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"test_double\",\"params\":[\"0x"
          + Integer.toHexString(i) + "\"]}";
      pending.add(client.http.sendAsync(client.request().header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    for (int i = 0; i < pending.size(); i++) {
      JsonNode answer = parse(pending.get(i).join().body());
      assertThat(answer.get("id").asInt()).isEqualTo(i);
      assertThat(answer.get("result").asText()).isEqualTo("0x" + Integer.toHexString(2 * i));
    }
  }

  @Test
  void closesConnectionsBeyondTheLimit() throws IOException {
    server.close();
    server = RpcServer.open(config().withMaxConnections(1), RpcMethodRegistry.of(test.namespace()));
    InetSocketAddress address = server.start();
    try (Socket first = new Socket(address.getAddress(), address.getPort())) {
      first.setSoTimeout(10_000);
      String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_null\"}";
      first.getOutputStream().write(("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
      // Answered, so the first connection is counted before the second arrives.
      assertThat(parse(readHttpBody(first.getInputStream())).has("result")).isTrue();

      try (Socket second = new Socket(address.getAddress(), address.getPort())) {
        second.setSoTimeout(10_000);
        assertThat(second.getInputStream().read()).isEqualTo(-1);
      }
    }
  }

  @Test
  void releasesThePortOnClose() throws IOException {
    InetSocketAddress address = server.address();

    server.close();

    assertThatThrownBy(() -> client.http.send(client.request().GET().build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
    try (ServerSocket rebound = new ServerSocket(address.getPort(), 50, InetAddress.getLoopbackAddress())) {
      assertThat(rebound.getLocalPort()).isEqualTo(address.getPort());
    }
  }

  @Test
  void letsACallInProgressAnswerWhileClosing() throws Exception {
    CompletableFuture<HttpResponse<String>> waiting = client.http.sendAsync(client.request()
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"test_wait\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(test.entered.await(10, TimeUnit.SECONDS)).isTrue();
    InetSocketAddress address = server.address();

    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
    awaitRefused(address);
    test.release.countDown();

    assertThat(parse(waiting.get(10, TimeUnit.SECONDS).body()))
        .isEqualTo(parse("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":true}"));
    closing.get(10, TimeUnit.SECONDS);
  }

  /** Polls, with a deadline, until the port no longer accepts connections. */
  private static void awaitRefused(InetSocketAddress address) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket(address.getAddress(), address.getPort())) {
        Thread.onSpinWait();
      } catch (IOException refused) {
        return;
      }
    }
    throw new AssertionError("server still accepting connections after 10 s");
  }

  @Test
  void servesClientsThatOfferAnHttp2Upgrade() throws Exception {
    // The JDK client's default: HTTP/1.1 with "Upgrade: h2c", which we decline by answering in HTTP/1.1.
    java.net.http.HttpClient http2 = java.net.http.HttpClient.newHttpClient();

    HttpResponse<String> response = http2.send(client.request().header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_count\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(parse(response.body()).get("result").asText()).isEqualTo("0x1");
  }

  @Test
  void reportsAPortInUseWhenStarting() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        RpcServer second = RpcServer.open(config().withPort(taken.getLocalPort()),
            RpcMethodRegistry.of(test.namespace()))) {
      assertThatThrownBy(second::start).isInstanceOf(IOException.class);
    }
  }

  /** Reads one HTTP/1.1 response with a Content-Length and returns its body. */
  private static String readHttpBody(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in headers: " + head);
      }
      head.append((char) b);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
