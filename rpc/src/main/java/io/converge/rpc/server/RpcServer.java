package io.converge.rpc.server;

import io.converge.rpc.auth.JwtVerifier;
import io.converge.rpc.jsonrpc.JsonRpcProcessor;
import io.converge.rpc.method.RpcMethodRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON-RPC server on one port, answering HTTP POST and WebSocket on {@code /}. The node runs two: the public one
 * ({@link #open}) and the admin one behind a JWT ({@link #authenticated}), each with its own registry.
 */
public final class RpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);
  private static final int SHUTDOWN_SECONDS = 5;

  private final String name;
  private final RpcServerConfig config;
  private final RpcMethodRegistry registry;
  private final Optional<JwtVerifier> jwt;

  private State state = State.NEW;
  private EventLoopGroup acceptor;
  private EventLoopGroup io;
  private ExecutorService handlers;
  private ChannelGroup channels;
  private Channel serverChannel;
  private InetSocketAddress address;

  private enum State { NEW, STARTED, CLOSED }

  private RpcServer(String name, RpcServerConfig config, RpcMethodRegistry registry, Optional<JwtVerifier> jwt) {
    this.name = name;
    this.config = Objects.requireNonNull(config, "config");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.jwt = jwt;
  }

  /** The public server: anyone who can reach the port may call. */
  public static RpcServer open(RpcServerConfig config, RpcMethodRegistry registry) {
    return new RpcServer("rpc", config, registry, Optional.empty());
  }

  /** The admin server: every request (HTTP or WebSocket upgrade) must carry a valid JWT. */
  public static RpcServer authenticated(RpcServerConfig config, RpcMethodRegistry registry, JwtVerifier verifier) {
    return new RpcServer("rpc-admin", config, registry, Optional.of(verifier));
  }

  /** Binds the port and starts serving; returns the bound address (the real port when configured with 0). */
  public synchronized InetSocketAddress start() throws IOException {
    if (state != State.NEW) {
      throw new IllegalStateException(name + " server was already " + state.name().toLowerCase());
    }
    state = State.STARTED;
    acceptor = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(name + "-accept"), NioIoHandler.newFactory());
    io = new MultiThreadIoEventLoopGroup(
        config.ioThreads(), new DefaultThreadFactory(name + "-io"), NioIoHandler.newFactory());
    handlers = Executors.newFixedThreadPool(config.handlerThreads(), new DefaultThreadFactory(name + "-handler"));
    channels = new DefaultChannelGroup(name, GlobalEventExecutor.INSTANCE);
    JsonRpcProcessor processor = new JsonRpcProcessor(registry, config.limits().maxBatchSize());
    ServingContext context =
        new ServingContext(config, processor, new CorsPolicy(config.corsOrigins()), jwt, handlers);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(acceptor, io)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 128)
        .childOption(ChannelOption.TCP_NODELAY, true)
        // A WebSocket reader this far behind is disconnected (see WebSocketSession).
        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(1 << 20, 16 << 20))
        .childHandler(new RpcChannelInitializer(context, channels));
    ChannelFuture bound = bootstrap.bind(config.host(), config.port()).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      state = State.CLOSED;
      release();
      Throwable cause = bound.cause();
      throw cause instanceof IOException e
          ? e
          : new IOException("cannot listen on " + config.host() + ":" + config.port(), cause);
    }
    serverChannel = bound.channel();
    address = (InetSocketAddress) serverChannel.localAddress();
    LOG.info("JSON-RPC server listening name={} address={} websocket={} jwt={}",
        name, address, config.webSocketEnabled(), jwt.isPresent());
    return address;
  }

  /** The bound address while started. */
  public synchronized InetSocketAddress address() {
    if (state != State.STARTED) {
      throw new IllegalStateException(name + " server is not running");
    }
    return address;
  }

  /**
   * Stops accepting, lets calls in progress answer (for up to five seconds), then closes every connection (ending
   * their subscriptions; WebSockets get close code 1001) and releases the port.
   */
  @Override
  public synchronized void close() {
    if (state != State.STARTED) {
      state = State.CLOSED;
      return;
    }
    state = State.CLOSED;
    release();
    LOG.info("JSON-RPC server stopped name={} address={}", name, address);
  }

  // Stop accepting, let running calls finish and write their answers, then close connections and threads.
  private void release() {
    if (serverChannel != null) {
      serverChannel.close().awaitUninterruptibly();
    }
    handlers.shutdown();
    try {
      if (!handlers.awaitTermination(SHUTDOWN_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("RPC calls still running at shutdown, interrupting them name={}", name);
        handlers.shutdownNow();
      }
    } catch (InterruptedException e) {
      handlers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    for (Channel channel : channels) {
      if (channel.pipeline().get(WebSocketRpcHandler.class) != null) {
        channel.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE));
      }
    }
    channels.close().awaitUninterruptibly();
    acceptor.shutdownGracefully(0, SHUTDOWN_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly();
    io.shutdownGracefully(0, SHUTDOWN_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly();
  }
}
