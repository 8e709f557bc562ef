package io.converge.rpc.server;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Locale;
import java.util.Set;

/**
 * Which browser origins may read our answers. As with Geth's CORS handler, a disallowed origin is still served; the
 * answer just lacks the header, so the browser withholds it from the page. WebSocket upgrades are checked harder.
 */
record CorsPolicy(Set<String> allowedOrigins) {
  private static final String ANY = "*";

  boolean allows(String origin) {
    return allowedOrigins.contains(ANY) || allowedOrigins.contains(origin.toLowerCase(Locale.ROOT));
  }

  void decorate(HttpHeaders headers, String origin) {
    if (origin != null && allows(origin)) {
      headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, allowedOrigins.contains(ANY) ? ANY : origin);
      headers.add(HttpHeaderNames.VARY, HttpHeaderNames.ORIGIN);
    }
  }

  FullHttpResponse preflight(HttpRequest request) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT, Unpooled.EMPTY_BUFFER);
    String origin = request.headers().get(HttpHeaderNames.ORIGIN);
    if (origin != null && allows(origin)) {
      decorate(response.headers(), origin);
      String requested = request.headers().get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS);
      response.headers()
          .set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET, OPTIONS")
          .set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS,
              requested != null ? requested : "Content-Type, Authorization")
          .set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
    }
    return response;
  }
}
