package io.converge.rpc.server;

import static io.converge.rpc.server.HttpRpcClient.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.Namespace;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcMethodRegistry;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.Quantity;
import io.converge.rpc.param.RpcParams;
import io.converge.rpc.subscription.EventFeed;
import io.converge.rpc.subscription.Registration;
import io.converge.rpc.subscription.SubscriptionSink;
import io.converge.rpc.subscription.SubscriptionService;
import io.converge.rpc.subscription.SubscriptionSource;
import io.converge.rpc.subscription.SubscriptionType;
import io.converge.rpc.web3.Web3Namespace;
import io.converge.types.Address;
import io.converge.types.Hash;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JSON-RPC and subscriptions over WebSocket on the same port as HTTP. */
class WebSocketRpcTest {
  private static final int MAX_MESSAGE = 8192;

  /** What a block import would publish; the eth namespace will encode real headers the same way. */
  record Head(long number, Hash hash) {}

  record LogEvent(Address address, long value) {}

  private final EventFeed<Head> heads = new EventFeed<>();
  private final EventFeed<LogEvent> logs = new EventFeed<>();
  private final CountDownLatch headsReleased = new CountDownLatch(1);
  private RpcServer server;
  private SubscriptionService subscriptions;
  private InetSocketAddress address;

  @BeforeEach
  void start() throws Exception {
    // Counts registrations closed, so a test can wait for clean-up with a deadline instead of sleeping.
    SubscriptionSource<Head> trackedHeads = listener -> {
      Registration registration = heads.listen(listener);
      return () -> {
        registration.close();
        headsReleased.countDown();
      };
    };
    subscriptions = new SubscriptionService("eth", List.of(
        SubscriptionType.of("newHeads", trackedHeads,
            head -> new HeadResult(Quantity.of(head.number()), head.hash())),
        new LogsByAddress(logs),
        new Greeting()), new Random(7), 4);
    List<RpcMethod> eth = new ArrayList<>(subscriptions.methods());
    RpcMethodRegistry registry = RpcMethodRegistry.of(
        Web3Namespace.create("Converge/test"), new Namespace("eth", eth), new TestMethods().namespace());
    server = RpcServer.open(RpcServerConfig.defaults().withPort(0).withThreads(1, 4)
        .withCorsOrigins(Set.of("https://wallet.example"))
        .withLimits(RpcLimits.DEFAULT.withMaxRequestBytes(MAX_MESSAGE)), registry);
    address = server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  record HeadResult(Quantity number, Hash hash) {}

  /** A {@code logs}-style subscription: takes a filter argument and forwards only matching events. */
  private record LogsByAddress(EventFeed<LogEvent> feed) implements SubscriptionType {
    @Override
    public String name() {
      return "logs";
    }

    @Override
    public Registration open(RpcParams arguments, SubscriptionSink sink) throws RpcException {
      Address wanted = arguments.expectAtMost(1).required(0, ParamType.ADDRESS);
      return feed.listen(event -> {
        if (event.address().equals(wanted)) {
          sink.publish(Quantity.of(event.value()));
        }
      });
    }
  }

  /** Publishes while it is being opened: the caller must still see the subscription id first. */
  private static final class Greeting implements SubscriptionType {
    @Override
    public String name() {
      return "greeting";
    }

    @Override
    public Registration open(RpcParams arguments, SubscriptionSink sink) {
      sink.publish("hello");
      return () -> { };
    }
  }

  @Test
  void answersRequestsAndBatches() throws Exception {
    try (WebSocketRpcClient ws = new WebSocketRpcClient(address)) {
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_clientVersion\"}"))
          .isEqualTo(parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"Converge/test\"}"));
      assertThat(ws.call("[{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"test_null\"},"
          + "{\"jsonrpc\":\"2.0\",\"id\":\"b\",\"method\":\"no_such\"}]")).isEqualTo(parse("["
          + "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":null},"
          + "{\"jsonrpc\":\"2.0\",\"id\":\"b\",\"error\":{\"code\":-32601,"
          + "\"message\":\"the method no_such does not exist/is not available\"}}]"));
      assertThat(ws.call("{not json")).isEqualTo(parse(
          "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"parse error\"}}"));
    }
  }

  @Test
  void notifiesNewHeadsWithTheSubscriptionId() throws Exception {
    try (WebSocketRpcClient ws = new WebSocketRpcClient(address)) {
      JsonNode subscribed = ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}");
      String id = subscribed.get("result").asText();
      assertThat(id).matches("0x[1-9a-f][0-9a-f]*");

      Hash hash = Hash.keccak256(new byte[] {1});
      heads.publish(new Head(16, hash));

      assertThat(ws.next()).isEqualTo(parse("{\"jsonrpc\":\"2.0\",\"method\":\"eth_subscription\",\"params\":"
          + "{\"subscription\":\"" + id + "\",\"result\":{\"number\":\"0x10\",\"hash\":\"" + hash.toHex() + "\"}}}"));
    }
  }

  @Test
  void sendsTheSubscriptionIdBeforeTheFirstEvent() throws Exception {
    try (WebSocketRpcClient ws = new WebSocketRpcClient(address)) {
      ws.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"greeting\"]}");

      JsonNode first = ws.next();
      JsonNode second = ws.next();

      assertThat(first.get("id").asInt()).isEqualTo(1);
      assertThat(second.get("method").asText()).isEqualTo("eth_subscription");
      assertThat(second.at("/params/subscription").asText()).isEqualTo(first.get("result").asText());
      assertThat(second.at("/params/result").asText()).isEqualTo("hello");
    }
  }

  @Test
  void filtersEventsWithTheSubscriptionArguments() throws Exception {
    Address wanted = Address.ofNumber(0xbeef);
    try (WebSocketRpcClient ws = new WebSocketRpcClient(address)) {
      String id = ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"logs\",\""
          + wanted.toHex() + "\"]}").get("result").asText();

      logs.publish(new LogEvent(Address.ofNumber(1), 1));
      logs.publish(new LogEvent(wanted, 2));

      JsonNode notification = ws.next();
      assertThat(notification.at("/params/subscription").asText()).isEqualTo(id);
      assertThat(notification.at("/params/result").asText()).isEqualTo("0x2");
    }
  }

  @Test
  void stopsNotifyingAfterUnsubscribe() throws Exception {
    try (WebSocketRpcClient ws = new WebSocketRpcClient(address)) {
      String id = ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}")
          .get("result").asText();

      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_unsubscribe\",\"params\":[\"" + id + "\"]}"))
          .isEqualTo(parse("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":true}"));
      heads.publish(new Head(1, Hash.ZERO));

      // Had the event been sent, it would arrive before this answer.
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"test_null\"}").get("id").asInt()).isEqualTo(3);
      assertThat(heads.listenerCount()).isZero();
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"eth_unsubscribe\",\"params\":[\"" + id + "\"]}"))
          .isEqualTo(parse(
              "{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32000,\"message\":\"subscription not found\"}}"));
    }
  }

  @Test
  void keepsSubscriptionsToTheirConnection() throws Exception {
    try (WebSocketRpcClient owner = new WebSocketRpcClient(address);
        WebSocketRpcClient other = new WebSocketRpcClient(address)) {
      String id = owner.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}")
          .get("result").asText();

      assertThat(other.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_unsubscribe\",\"params\":[\"" + id + "\"]}")
          .at("/error/message").asText()).isEqualTo("subscription not found");
      assertThat(subscriptions.activeCount()).isEqualTo(1);
    }
  }

  @Test
  void endsSubscriptionsWhenTheSocketCloses() throws Exception {
    WebSocketRpcClient ws = new WebSocketRpcClient(address);
    ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}");
    assertThat(heads.listenerCount()).isEqualTo(1);

    ws.abort();

    assertThat(headsReleased.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(heads.listenerCount()).isZero();
    assertThat(subscriptions.activeCount()).isZero();
  }

  @Test
  void explainsBadSubscribeCalls() throws Exception {
    try (WebSocketRpcClient ws = new WebSocketRpcClient(address)) {
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"blocks\"]}")
          .get("error")).isEqualTo(parse(
              "{\"code\":-32601,\"message\":\"no \\\"blocks\\\" subscription in eth namespace\"}"));
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\",1]}")
          .get("error")).isEqualTo(parse("{\"code\":-32602,\"message\":\"too many arguments, want at most 1\"}"));
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"eth_subscribe\",\"params\":[\"logs\",\"0x12\"]}")
          .get("error")).isEqualTo(parse("{\"code\":-32602,"
              + "\"message\":\"invalid argument 1: hex string has length 2, want 40 for common.Address\"}"));
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"eth_subscribe\",\"params\":[7]}")
          .get("error")).isEqualTo(parse(
              "{\"code\":-32602,\"message\":\"expected subscription name as first argument\"}"));
    }
  }

  @Test
  void limitsSubscriptionsPerConnection() throws Exception {
    try (WebSocketRpcClient ws = new WebSocketRpcClient(address)) {
      for (int i = 0; i < 4; i++) {
        assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}")
            .has("result")).isTrue();
      }
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}")
          .at("/error/code").asInt()).isEqualTo(-32005);
    }
  }

  @Test
  void refusesSubscriptionsOverHttp() {
    HttpRpcClient http = new HttpRpcClient(address);

    assertThat(http.postJson("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}"))
        .isEqualTo(parse("{\"jsonrpc\":\"2.0\",\"id\":1,"
            + "\"error\":{\"code\":-32601,\"message\":\"notifications not supported\"}}"));
  }

  @Test
  void closesTheSocketOnAnOversizedMessage() throws Exception {
    WebSocketRpcClient ws = new WebSocketRpcClient(address);

    ws.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_count\"}" + " ".repeat(MAX_MESSAGE));

    assertThat(ws.closedWith.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
  }

  @Test
  void saysGoingAwayAndEndsSubscriptionsWhenTheServerCloses() throws Exception {
    WebSocketRpcClient ws = new WebSocketRpcClient(address);
    ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}");

    server.close();

    assertThat(ws.closedWith.get(10, TimeUnit.SECONDS)).isEqualTo(1001);
    assertThat(headsReleased.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(subscriptions.activeCount()).isZero();
  }

  @Test
  void refusesWebSocketsFromDisallowedBrowserOrigins() {
    HttpClient http = HttpClient.newHttpClient();

    assertThatThrownBy(() -> new WebSocketRpcClient(address,
        http.newWebSocketBuilder().header("Origin", "https://evil.example")))
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(WebSocketHandshakeException.class);
    try (WebSocketRpcClient allowed = new WebSocketRpcClient(address,
        http.newWebSocketBuilder().header("Origin", "https://wallet.example"))) {
      assertThat(allowed).isNotNull();
    }
  }
}
