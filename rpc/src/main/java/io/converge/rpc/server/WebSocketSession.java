package io.converge.rpc.server;

import io.converge.rpc.jsonrpc.JsonRpcProcessor;
import io.converge.rpc.method.NotificationChannel;
import io.converge.rpc.method.RpcSession;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection as methods see it. While a request is being answered, notifications are held back and
 * written right after the answer: that is how a subscription's id reaches the caller before its first event, as
 * Geth guarantees. A caller that stops reading is disconnected rather than buffered without bound.
 */
final class WebSocketSession implements RpcSession, NotificationChannel {
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketSession.class);
  private static final int MAX_HELD = 10_000;

  private final Channel channel;
  private final JsonRpcProcessor processor;
  private final Object lock = new Object();
  private final ArrayDeque<byte[]> held = new ArrayDeque<>();
  private final List<Runnable> closeActions = new ArrayList<>();
  private boolean holding;
  private boolean closed;

  WebSocketSession(Channel channel, JsonRpcProcessor processor) {
    this.channel = channel;
    this.processor = processor;
  }

  @Override
  public Optional<NotificationChannel> notifications() {
    return Optional.of(this);
  }

  @Override
  public boolean send(String method, Object params) {
    byte[] message = processor.notification(method, params);
    synchronized (lock) {
      if (closed) {
        return false;
      }
      if (holding) {
        if (held.size() >= MAX_HELD) {
          return disconnectSlowReader();
        }
        held.add(message);
        return true;
      }
      if (!channel.isWritable()) {
        return disconnectSlowReader();
      }
      channel.writeAndFlush(frame(message));
      return true;
    }
  }

  @Override
  public void onClose(Runnable action) {
    synchronized (lock) {
      if (!closed) {
        closeActions.add(action);
        return;
      }
    }
    action.run();
  }

  /** Answers one message: notifications wait until {@code answer} has been handed to the channel. */
  void answer(Runnable answer) {
    synchronized (lock) {
      holding = true;
    }
    try {
      answer.run();
    } finally {
      synchronized (lock) {
        holding = false;
        if (!closed && !held.isEmpty()) {
          held.forEach(message -> channel.write(frame(message)));
          channel.flush();
        }
        held.clear();
      }
    }
  }

  void reply(byte[] answer) {
    channel.writeAndFlush(frame(answer));
  }

  void closed() {
    List<Runnable> actions;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      held.clear();
      actions = List.copyOf(closeActions);
      closeActions.clear();
    }
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warn("close action failed remote={}", channel.remoteAddress(), e);
      }
    }
  }

  private boolean disconnectSlowReader() {
    LOG.warn("closing WebSocket that does not read its notifications remote={}", channel.remoteAddress());
    channel.close();
    return false;
  }

  private static TextWebSocketFrame frame(byte[] message) {
    return new TextWebSocketFrame(Unpooled.wrappedBuffer(message));
  }
}
