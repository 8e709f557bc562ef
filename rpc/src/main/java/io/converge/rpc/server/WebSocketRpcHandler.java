package io.converge.rpc.server;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * JSON-RPC over an upgraded connection: each text (or binary) message is one request or batch, answered in order.
 * Pings, pongs, close frames and fragments are dealt with by Netty's handlers in front of this one.
 */
final class WebSocketRpcHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
  private final ServingContext context;
  private WebSocketSession session;
  private SerialQueue queue;

  WebSocketRpcHandler(ServingContext context) {
    this.context = context;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    session = new WebSocketSession(ctx.channel(), context.processor());
    queue = new SerialQueue(ctx.channel(), context.handlers());
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (!(frame instanceof TextWebSocketFrame) && !(frame instanceof BinaryWebSocketFrame)) {
      return;
    }
    byte[] message = ByteBufUtil.getBytes(frame.content());
    queue.submit(() -> session.answer(
        () -> context.processor().process(message, session).ifPresent(session::reply)));
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof IdleStateEvent) {
      // Keeps the connection (and any proxy in between) alive; a dead peer fails the write and is closed.
      ctx.writeAndFlush(new PingWebSocketFrame());
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    session.closed();
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
