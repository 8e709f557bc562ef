package io.converge.node.dev;

import io.converge.consensus.dev.DevBlockProducer;
import io.converge.consensus.dev.DevEvent;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Posts a {@link DevEvent.Tick} to the producer every block time. The wall clock is read here, in the node, so the
 * producer stays a plain event consumer that tests can tick by hand.
 */
final class IntervalTicker implements AutoCloseable {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dev-block-ticker");
    t.setDaemon(true);
    return t;
  });

  IntervalTicker(DevBlockProducer producer, Duration blockTime) {
    long millis = blockTime.toMillis();
    scheduler.scheduleAtFixedRate(() -> producer.post(new DevEvent.Tick()), millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
