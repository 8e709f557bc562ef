package io.converge.rpc.server;

import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one connection's requests off the event loop, one at a time and in arrival order, so answers leave in the
 * order requests came and methods may block on storage. Other connections proceed in parallel. When too many wait,
 * the connection stops reading until they drain.
 */
final class SerialQueue {
  private static final Logger LOG = LoggerFactory.getLogger(SerialQueue.class);
  private static final int MAX_PENDING = 16;

  private final Channel channel;
  private final Executor executor;
  // Both confined to the channel's event loop.
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
  private int pending;

  SerialQueue(Channel channel, Executor executor) {
    this.channel = channel;
    this.executor = executor;
  }

  /** Called on the channel's event loop. */
  void submit(Runnable task) {
    pending++;
    if (pending >= MAX_PENDING) {
      channel.config().setAutoRead(false);
    }
    tail = tail
        .thenRunAsync(task, this::execute)
        .exceptionally(failure -> {
          LOG.warn("request handling failed remote={}", channel.remoteAddress(), failure);
          channel.close();
          return null;
        })
        .whenComplete((ignored, failure) -> channel.eventLoop().execute(this::finished));
  }

  boolean isIdle() {
    return pending == 0;
  }

  private void finished() {
    pending--;
    if (pending < MAX_PENDING && !channel.config().isAutoRead()) {
      channel.config().setAutoRead(true);
    }
  }

  private void execute(Runnable work) {
    try {
      executor.execute(work);
    } catch (RejectedExecutionException shuttingDown) {
      channel.close();
    }
  }
}
