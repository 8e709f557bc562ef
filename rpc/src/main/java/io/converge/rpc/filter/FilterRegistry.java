package io.converge.rpc.filter;

import io.converge.chain.BlockLog;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.eth.ChainEvents;
import io.converge.rpc.subscription.SubscriptionId;
import io.converge.types.Hash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The installed polling filters. Each collects what happened since it was last polled; one not polled for five
 * minutes is removed, as in Geth, so forgotten filters do not grow forever.
 */
final class FilterRegistry {
  static final Duration TIMEOUT = Duration.ofMinutes(5);

  /** What a filter collects. */
  sealed interface Kind {
    record Logs(LogCriteria criteria) implements Kind {}

    record Blocks() implements Kind {}

    record PendingTransactions() implements Kind {}
  }

  private static final class Filter {
    final Kind kind;
    final List<Object> changes = new ArrayList<>();
    Instant lastPolled;

    Filter(Kind kind, Instant now) {
      this.kind = kind;
      this.lastPolled = now;
    }
  }

  private final Clock clock;
  private final RandomGenerator random;
  private final Map<String, Filter> filters = new ConcurrentHashMap<>();

  FilterRegistry(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  SubscriptionId install(Kind kind) {
    expire();
    SubscriptionId id = SubscriptionId.random(random);
    filters.put(id.value(), new Filter(kind, clock.instant()));
    return id;
  }

  boolean uninstall(String id) {
    expire();
    return filters.remove(id) != null;
  }

  /** The changes since the last poll: block hashes, transaction hashes or {@link BlockLog}s. */
  List<Object> drain(String id) throws RpcException {
    Filter f = live(id);
    synchronized (f) {
      f.lastPolled = clock.instant();
      List<Object> out = new ArrayList<>(f.changes);
      f.changes.clear();
      return out;
    }
  }

  LogCriteria criteria(String id) throws RpcException {
    Filter f = live(id);
    if (f.kind instanceof Kind.Logs logs) {
      synchronized (f) {
        f.lastPolled = clock.instant();
      }
      return logs.criteria();
    }
    throw RpcException.serverError("filter not found");
  }

  private Filter live(String id) throws RpcException {
    expire();
    Filter f = filters.get(id);
    if (f == null) {
      throw RpcException.serverError("filter not found");
    }
    return f;
  }

  void onBlock(ChainEvents.NewBlock block) {
    expire();
    for (Filter f : filters.values()) {
      synchronized (f) {
        if (f.kind instanceof Kind.Blocks) {
          f.changes.add(block.header().hash());
        } else if (f.kind instanceof Kind.Logs logs && logs.criteria().admitsNewBlock(block.header().number())) {
          f.changes.addAll(logs.criteria().select(block.logs()));
        }
      }
    }
  }

  void onPendingTransaction(Hash hash) {
    for (Filter f : filters.values()) {
      synchronized (f) {
        if (f.kind instanceof Kind.PendingTransactions) {
          f.changes.add(hash);
        }
      }
    }
  }

  private void expire() {
    Instant deadline = clock.instant().minus(TIMEOUT);
    filters.values().removeIf(f -> {
      synchronized (f) {
        return f.lastPolled.isBefore(deadline);
      }
    });
  }
}
