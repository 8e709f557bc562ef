package io.converge.rpc.method;

/** The way back to a connected caller, for server-initiated JSON-RPC notifications such as subscription events. */
public interface NotificationChannel {
  /**
   * Sends {@code {"jsonrpc":"2.0","method":method,"params":params}}. Never blocks; returns false once the connection is
   * gone, so senders can stop. A notification sent while this connection's request is being answered is held back
   * until the answer is written, so a subscription id always reaches the caller before its first event.
   */
  boolean send(String method, Object params);

  /** Runs {@code action} once when the connection closes, or at once if it already has. */
  void onClose(Runnable action);
}
