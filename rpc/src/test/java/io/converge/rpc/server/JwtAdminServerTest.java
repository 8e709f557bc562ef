package io.converge.rpc.server;

import static io.converge.rpc.server.HttpRpcClient.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.rpc.auth.JwtSecret;
import io.converge.rpc.auth.JwtVerifier;
import io.converge.rpc.method.RpcMethodRegistry;
import io.converge.types.Bytes;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin port: every request needs an HS256 token signed with the secret file, issued within a minute. */
class JwtAdminServerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_count\"}";

  @TempDir
  Path dir;
  private final TestMethods test = new TestMethods();
  private JwtSecret secret;
  private RpcServer admin;
  private HttpRpcClient client;
  private InetSocketAddress address;

  @BeforeEach
  void start() throws Exception {
    secret = JwtSecret.loadOrGenerate(dir.resolve("jwtsecret"), new Random(1));
    JwtVerifier verifier = new JwtVerifier(secret, Clock.fixed(NOW, ZoneOffset.UTC));
    admin = RpcServer.authenticated(RpcServerConfig.adminDefaults().withPort(0).withThreads(1, 2),
        RpcMethodRegistry.of(test.namespace()), verifier);
    address = admin.start();
    client = new HttpRpcClient(address);
  }

  @AfterEach
  void stop() {
    admin.close();
  }

  @Test
  void acceptsATokenIssuedWithinAMinute() {
    assertThat(post("Bearer " + secret.sign(NOW)).statusCode()).isEqualTo(200);
    assertThat(post("Bearer " + secret.sign(NOW.minusSeconds(60))).statusCode()).isEqualTo(200);
    HttpResponse<String> future = post("Bearer " + secret.sign(NOW.plusSeconds(60)));

    assertThat(parse(future.body()).get("result").asText()).isEqualTo("0x3");
  }

  @Test
  void refusesARequestWithoutToken() {
    HttpResponse<String> response = client.post(CALL);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(parse(response.body())).isEqualTo(parse(
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32000,\"message\":\"missing token\"}}"));
    assertThat(test.calls.get()).isZero();
  }

  @Test
  void refusesATokenSignedWithAnotherSecret() {
    JwtSecret other = new JwtSecret(Bytes.wrap(new byte[32]));

    HttpResponse<String> response = post("Bearer " + other.sign(NOW));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(parse(response.body()).at("/error/message").asText())
        .isEqualTo("token signature is invalid: signature is invalid");
    assertThat(test.calls.get()).isZero();
  }

  @Test
  void refusesStaleAndFutureTokens() {
    HttpResponse<String> stale = post("Bearer " + secret.sign(NOW.minusSeconds(61)));
    HttpResponse<String> future = post("Bearer " + secret.sign(NOW.plusSeconds(61)));

    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(parse(stale.body()).at("/error/message").asText()).isEqualTo("stale token");
    assertThat(future.statusCode()).isEqualTo(401);
    assertThat(parse(future.body()).at("/error/message").asText()).isEqualTo("future token");
    assertThat(test.calls.get()).isZero();
  }

  @Test
  void refusesAWebSocketUpgradeWithoutToken() {
    HttpClient http = HttpClient.newHttpClient();

    assertThatThrownBy(() -> new WebSocketRpcClient(address, http.newWebSocketBuilder()))
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(WebSocketHandshakeException.class);
  }

  @Test
  void servesAWebSocketOpenedWithAToken() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    try (WebSocketRpcClient ws = new WebSocketRpcClient(address,
        http.newWebSocketBuilder().header("Authorization", "Bearer " + secret.sign(NOW)))) {
      assertThat(ws.call(CALL).get("result").asText()).isEqualTo("0x1");
    }
  }

  private HttpResponse<String> post(String authorization) {
    return client.send(client.request()
        .header("Content-Type", "application/json")
        .header("Authorization", authorization)
        .POST(HttpRequest.BodyPublishers.ofString(CALL)).build());
  }
}
