package io.converge.rpc.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The JDK's WebSocket client, collecting every message the server sends. */
final class WebSocketRpcClient implements AutoCloseable {
  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
  private final WebSocket socket;

  WebSocketRpcClient(InetSocketAddress address) {
    this(address, HttpClient.newHttpClient().newWebSocketBuilder());
  }

  WebSocketRpcClient(InetSocketAddress address, WebSocket.Builder builder) {
    URI uri = URI.create("ws://" + address.getHostString() + ":" + address.getPort() + "/");
    this.socket = builder.buildAsync(uri, new Collector()).join();
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  /** The next message, waiting at most ten seconds for it. */
  JsonNode next() throws InterruptedException {
    String message = messages.poll(10, TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("no message from the server within 10 s");
    }
    return HttpRpcClient.parse(message);
  }

  JsonNode call(String request) throws InterruptedException {
    send(request);
    return next();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
  }

  void abort() {
    socket.abort();
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closedWith.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closedWith.completeExceptionally(error);
    }
  }
}
