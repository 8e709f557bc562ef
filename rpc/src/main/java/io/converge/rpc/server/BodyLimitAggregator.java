package io.converge.rpc.server;

import io.converge.rpc.error.ErrorCode;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Collects a request body up to the limit. An oversized request is refused with 413 and a JSON-RPC error before
 * any of it is parsed, so it has no effect, and the connection is closed rather than drained.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
  private final ServingContext context;

  BodyLimitAggregator(ServingContext context) {
    super(context.config().limits().maxRequestBytes());
    this.context = context;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    int limit = maxContentLength();
    long declared = HttpUtil.getContentLength(oversized, -1L);
    String message = declared >= 0
        ? "content length too large (" + declared + ">" + limit + ")"
        : "request body too large (limit " + limit + " bytes)";
    FullHttpResponse response = HttpReplies.json(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
        context.processor().errorResponse(ErrorCode.LIMIT_EXCEEDED, message));
    response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    context.cors().decorate(response.headers(), oversized.headers().get(HttpHeaderNames.ORIGIN));
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }
}
