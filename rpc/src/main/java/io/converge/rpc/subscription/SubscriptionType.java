package io.converge.rpc.subscription;

import io.converge.rpc.error.RpcException;
import io.converge.rpc.param.RpcParams;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of subscription ({@code newHeads}, {@code logs}, {@code newPendingTransactions}): it checks the arguments
 * that follow the name and connects a sink to its source. Kinds that filter or expand events (logs) implement
 * {@link #open} themselves; the rest use {@link #of}.
 */
public interface SubscriptionType {
  String name();

  /**
   * Starts delivering to {@code sink}. {@code arguments} are the call's parameters after the subscription name,
   * numbered as the caller numbered them.
   */
  Registration open(RpcParams arguments, SubscriptionSink sink) throws RpcException;

  /** A subscription without arguments that turns each event of {@code source} into one notification. */
  static <E> SubscriptionType of(String name, SubscriptionSource<E> source, Function<? super E, ?> toResult) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(toResult, "toResult");
    return new SubscriptionType() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Registration open(RpcParams arguments, SubscriptionSink sink) throws RpcException {
        arguments.expectAtMost(0);
        return source.listen(event -> sink.publish(toResult.apply(event)));
      }
    };
  }
}
