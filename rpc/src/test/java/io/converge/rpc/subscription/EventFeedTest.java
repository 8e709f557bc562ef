package io.converge.rpc.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventFeedTest {
  @Test
  void deliversInOrderUntilClosed() {
    EventFeed<Integer> feed = new EventFeed<>();
    List<Integer> seen = new ArrayList<>();
    Registration registration = feed.listen(seen::add);

    feed.publish(1);
    feed.publish(2);
    registration.close();
    feed.publish(3);

    assertThat(seen).containsExactly(1, 2);
    assertThat(feed.listenerCount()).isZero();
  }

  @Test
  void keepsDeliveringWhenOneListenerFails() {
    EventFeed<Integer> feed = new EventFeed<>();
    List<Integer> seen = new ArrayList<>();
    feed.listen(event -> {
      throw new IllegalStateException("bad subscriber");
    });
    feed.listen(seen::add);

    feed.publish(7);

    assertThat(seen).containsExactly(7);
  }

  @Test
  void makesHexIdsWithoutLeadingZeros() {
    Random random = new Random(11);
    for (int i = 0; i < 1000; i++) {
      assertThat(SubscriptionId.random(random).value()).matches("0x(0|[1-9a-f][0-9a-f]*)");
    }
  }
}
