package io.converge.rpc.method;

import java.util.Optional;

/** The connection a request arrived on. HTTP connections are stateless; WebSocket connections can be notified. */
public interface RpcSession {
  /** A session without a way back to the caller, as on HTTP. */
  RpcSession STATELESS = Optional::empty;

  /** Present on transports that carry server-initiated messages (WebSocket), empty on HTTP. */
  Optional<NotificationChannel> notifications();
}
