package io.converge.rpc.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where and how one server listens. Port 0 picks a free port (tests); {@code corsOrigins} lists the browser origins
 * allowed to call (and to open WebSockets), {@code "*"} for any.
 */
public record RpcServerConfig(
    String host,
    int port,
    RpcLimits limits,
    Set<String> corsOrigins,
    boolean webSocketEnabled,
    int maxConnections,
    Duration idleTimeout,
    int ioThreads,
    int handlerThreads) {

  public RpcServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxConnections < 1 || ioThreads < 1 || handlerThreads < 1) {
      throw new IllegalArgumentException("connections and threads must be positive");
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
    }
    corsOrigins = corsOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** The public server as Geth starts it: 127.0.0.1:8545, HTTP and WebSocket, no browser origins. */
  public static RpcServerConfig defaults() {
    return new RpcServerConfig(
        "127.0.0.1", 8545, RpcLimits.DEFAULT, Set.of(), true, 512, Duration.ofMinutes(2), 2, 8);
  }

  /** The JWT-guarded admin server: 127.0.0.1:8551, like the Engine API port. */
  public static RpcServerConfig adminDefaults() {
    return defaults().withPort(8551);
  }

  public RpcServerConfig withHost(String value) {
    return new RpcServerConfig(value, port, limits, corsOrigins, webSocketEnabled, maxConnections, idleTimeout,
        ioThreads, handlerThreads);
  }

  public RpcServerConfig withPort(int value) {
    return new RpcServerConfig(host, value, limits, corsOrigins, webSocketEnabled, maxConnections, idleTimeout,
        ioThreads, handlerThreads);
  }

  public RpcServerConfig withLimits(RpcLimits value) {
    return new RpcServerConfig(host, port, value, corsOrigins, webSocketEnabled, maxConnections, idleTimeout,
        ioThreads, handlerThreads);
  }

  public RpcServerConfig withCorsOrigins(Set<String> value) {
    return new RpcServerConfig(host, port, limits, value, webSocketEnabled, maxConnections, idleTimeout,
        ioThreads, handlerThreads);
  }

  public RpcServerConfig withWebSocketEnabled(boolean value) {
    return new RpcServerConfig(host, port, limits, corsOrigins, value, maxConnections, idleTimeout,
        ioThreads, handlerThreads);
  }

  public RpcServerConfig withMaxConnections(int value) {
    return new RpcServerConfig(host, port, limits, corsOrigins, webSocketEnabled, value, idleTimeout,
        ioThreads, handlerThreads);
  }

  public RpcServerConfig withIdleTimeout(Duration value) {
    return new RpcServerConfig(host, port, limits, corsOrigins, webSocketEnabled, maxConnections, value,
        ioThreads, handlerThreads);
  }

  public RpcServerConfig withThreads(int io, int handlers) {
    return new RpcServerConfig(host, port, limits, corsOrigins, webSocketEnabled, maxConnections, idleTimeout,
        io, handlers);
  }
}
