package io.converge.rpc.subscription;

/** Where one subscription's results go: each call becomes one {@code eth_subscription} notification. */
@FunctionalInterface
public interface SubscriptionSink {
  void publish(Object result);
}
