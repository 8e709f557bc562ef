package io.converge.rpc.server;

import io.converge.rpc.auth.JwtVerdict;
import io.converge.rpc.error.ErrorCode;
import io.converge.rpc.method.RpcSession;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One HTTP connection on the RPC port: POST / is JSON-RPC, GET / with {@code Upgrade: websocket} becomes a WebSocket
 * on the same connection (as in Geth), plain GET / answers a short text, OPTIONS answers CORS preflights.
 * Every answer goes through the connection's {@link SerialQueue}, so pipelined requests are answered in order.
 */
final class HttpRpcHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Set<String> JSON_TYPES =
      Set.of("application/json", "application/json-rpc", "application/jsonrequest");
  private static final String ROOT_TEXT =
      "Converge JSON-RPC endpoint: POST JSON-RPC 2.0 requests here, or open a WebSocket on this path.\n";

  private final ServingContext context;
  private SerialQueue queue;

  HttpRpcHandler(ServingContext context) {
    this.context = context;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    queue = new SerialQueue(ctx.channel(), context.handlers());
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    String origin = request.headers().get(HttpHeaderNames.ORIGIN);
    if (!request.decoderResult().isSuccess()) {
      reply(ctx, () -> error(HttpResponseStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "malformed HTTP request"),
          origin, false);
      return;
    }
    if (!"/".equals(new QueryStringDecoder(request.uri()).path())) {
      reply(ctx, () -> error(HttpResponseStatus.NOT_FOUND, ErrorCode.INVALID_REQUEST, "not found"), origin, keepAlive);
      return;
    }
    if (HttpMethod.OPTIONS.equals(request.method())) {
      reply(ctx, () -> context.cors().preflight(request), null, keepAlive);
      return;
    }
    Optional<String> refusal = authenticate(request);
    if (refusal.isPresent()) {
      reply(ctx, () -> error(HttpResponseStatus.UNAUTHORIZED, ErrorCode.SERVER_ERROR, refusal.get()), origin,
          keepAlive);
      return;
    }
    if (isWebSocketUpgrade(request)) {
      upgrade(ctx, request, origin, keepAlive);
      return;
    }
    if (HttpMethod.GET.equals(request.method())) {
      reply(ctx, () -> HttpReplies.text(HttpResponseStatus.OK, ROOT_TEXT), origin, keepAlive);
      return;
    }
    if (!HttpMethod.POST.equals(request.method())) {
      reply(ctx, () -> error(HttpResponseStatus.METHOD_NOT_ALLOWED, ErrorCode.INVALID_REQUEST, "method not allowed"),
          origin, keepAlive);
      return;
    }
    if (!isJson(request.headers().get(HttpHeaderNames.CONTENT_TYPE))) {
      reply(ctx, () -> error(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.INVALID_REQUEST,
          "invalid content type, only application/json is supported"), origin, keepAlive);
      return;
    }
    byte[] body = ByteBufUtil.getBytes(request.content());
    reply(ctx, () -> HttpReplies.json(HttpResponseStatus.OK,
        context.processor().process(body, RpcSession.STATELESS).orElse(new byte[0])), origin, keepAlive);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof IdleStateEvent && queue.isIdle()) {
      ctx.close();
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // Usually a peer resetting the connection; nothing to answer.
    ctx.close();
  }

  private void reply(ChannelHandlerContext ctx, Supplier<FullHttpResponse> answer, String origin, boolean keepAlive) {
    queue.submit(() -> {
      FullHttpResponse response = answer.get();
      context.cors().decorate(response.headers(), origin);
      if (keepAlive) {
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        ctx.writeAndFlush(response);
      } else {
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      }
    });
  }

  private FullHttpResponse error(HttpResponseStatus status, int code, String message) {
    return HttpReplies.json(status, context.processor().errorResponse(code, message));
  }

  private Optional<String> authenticate(FullHttpRequest request) {
    if (context.jwt().isEmpty()) {
      return Optional.empty();
    }
    JwtVerdict verdict = context.jwt().get().verify(request.headers().get(HttpHeaderNames.AUTHORIZATION));
    return verdict instanceof JwtVerdict.Rejected rejected ? Optional.of(rejected.reason()) : Optional.empty();
  }

  private boolean isWebSocketUpgrade(FullHttpRequest request) {
    return HttpMethod.GET.equals(request.method())
        && request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
  }

  private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, String origin, boolean keepAlive) {
    if (!context.config().webSocketEnabled()) {
      reply(ctx, () -> error(HttpResponseStatus.NOT_FOUND, ErrorCode.INVALID_REQUEST, "WebSocket is disabled"),
          origin, keepAlive);
      return;
    }
    // Browsers always send Origin; other clients need not. A browser page may only connect from an allowed origin.
    if (origin != null && !context.cors().allows(origin)) {
      reply(ctx, () -> error(HttpResponseStatus.FORBIDDEN, ErrorCode.INVALID_REQUEST, "origin not allowed"),
          null, false);
      return;
    }
    FullHttpRequest handshake = request.retainedDuplicate();
    // Through the queue, so any earlier answers on this connection are written before the protocol switches.
    queue.submit(() -> ctx.executor().execute(() -> switchToWebSocket(ctx, handshake)));
  }

  private void switchToWebSocket(ChannelHandlerContext ctx, FullHttpRequest handshake) {
    if (!ctx.channel().isActive() || ctx.isRemoved()) {
      handshake.release();
      return;
    }
    int maxMessage = context.config().limits().maxRequestBytes();
    // The path was checked above ("/", any query string); every upgrade that reaches here is ours.
    WebSocketServerProtocolConfig config = WebSocketServerProtocolConfig.newBuilder()
        .websocketPath("/")
        .checkStartsWith(true)
        .maxFramePayloadLength(maxMessage)
        .allowExtensions(false)
        .dropPongFrames(true)
        .handshakeTimeoutMillis(10_000)
        .build();
    String name = ctx.name();
    ctx.pipeline()
        .addAfter(name, "ws-protocol", new WebSocketServerProtocolHandler(config))
        .addAfter("ws-protocol", "ws-aggregator", new WebSocketFrameAggregator(maxMessage))
        .addAfter("ws-aggregator", "ws-rpc", new WebSocketRpcHandler(context));
    ctx.fireChannelRead(handshake);
    ctx.pipeline().remove(this);
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int parameters = contentType.indexOf(';');
    String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
    return JSON_TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
  }
}
