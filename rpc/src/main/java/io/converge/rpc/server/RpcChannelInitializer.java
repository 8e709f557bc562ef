package io.converge.rpc.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** The pipeline of each accepted connection; the WebSocket handlers replace the HTTP ones on upgrade. */
final class RpcChannelInitializer extends ChannelInitializer<SocketChannel> {
  private static final int MAX_INITIAL_LINE = 4096;
  private static final int MAX_HEADERS = 8192;
  private static final int MAX_CHUNK = 8192;

  private final ServingContext context;
  private final ChannelGroup channels;
  private final ConnectionLimiter limiter;

  RpcChannelInitializer(ServingContext context, ChannelGroup channels) {
    this.context = context;
    this.channels = channels;
    this.limiter = new ConnectionLimiter(context.config().maxConnections());
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    channels.add(channel);
    channel.pipeline()
        .addLast("limit", limiter)
        .addLast("idle", new IdleStateHandler(0, 0, context.config().idleTimeout().toMillis(), TimeUnit.MILLISECONDS))
        .addLast("http", new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADERS, MAX_CHUNK))
        .addLast("body", new BodyLimitAggregator(context))
        .addLast("rpc", new HttpRpcHandler(context));
  }
}
