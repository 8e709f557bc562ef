package io.converge.rpc.subscription;

import java.util.Objects;

/** The {@code params} of an {@code eth_subscription} notification. */
public record SubscriptionNotification(SubscriptionId subscription, Object result) {
  public SubscriptionNotification {
    Objects.requireNonNull(subscription, "subscription");
  }
}
