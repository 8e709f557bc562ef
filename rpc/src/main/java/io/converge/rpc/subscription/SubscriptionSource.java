package io.converge.rpc.subscription;

import java.util.function.Consumer;

/**
 * The port the chain and the pool feed subscriptions through: a typed stream of events (new headers, logs of
 * imported blocks, pending transaction hashes). Listeners must not block; they are called on the publisher's thread.
 */
@FunctionalInterface
public interface SubscriptionSource<E> {
  Registration listen(Consumer<? super E> listener);
}
