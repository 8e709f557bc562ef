package io.converge.rpc.subscription;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process {@link SubscriptionSource} the composition root publishes into, e.g. one {@code EventFeed<BlockHeader>}
 * fed by block import. Delivery is synchronous and in publish order; a failing listener is logged and skipped so one
 * bad subscriber cannot stop the publisher.
 */
public final class EventFeed<E> implements SubscriptionSource<E> {
  private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);

  private final List<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public Registration listen(Consumer<? super E> listener) {
    // A fresh wrapper per registration, so the same listener registered twice is removed once per close.
    Consumer<? super E> entry = listener::accept;
    listeners.add(entry);
    return () -> listeners.remove(entry);
  }

  public void publish(E event) {
    for (Consumer<? super E> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("subscription listener failed event={}", event.getClass().getSimpleName(), e);
      }
    }
  }

  public int listenerCount() {
    return listeners.size();
  }
}
