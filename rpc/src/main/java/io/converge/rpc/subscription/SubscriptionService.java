package io.converge.rpc.subscription;

import io.converge.rpc.error.ErrorCode;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.NotificationChannel;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.RpcParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;

/**
 * {@code <namespace>_subscribe} and {@code <namespace>_unsubscribe} over the registered {@link SubscriptionType}s.
 * Subscriptions belong to the connection that made them and end when it closes.
 */
public final class SubscriptionService {
  private final String namespace;
  private final Map<String, SubscriptionType> types;
  private final RandomGenerator random;
  private final int maxPerConnection;
  private final Map<NotificationChannel, ConnectionSubscriptions> connections = new ConcurrentHashMap<>();

  public SubscriptionService(
      String namespace, List<SubscriptionType> types, RandomGenerator random, int maxPerConnection) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.random = Objects.requireNonNull(random, "random");
    if (maxPerConnection < 1) {
      throw new IllegalArgumentException("maxPerConnection must be positive: " + maxPerConnection);
    }
    this.maxPerConnection = maxPerConnection;
    Map<String, SubscriptionType> byName = new LinkedHashMap<>();
    for (SubscriptionType type : types) {
      if (byName.put(type.name(), type) != null) {
        throw new IllegalArgumentException("subscription " + type.name() + " is registered twice");
      }
    }
    this.types = Map.copyOf(byName);
  }

  /** The two methods to put in the namespace, e.g. {@code eth_subscribe} and {@code eth_unsubscribe}. */
  public List<RpcMethod> methods() {
    return List.of(
        RpcMethod.of(namespace + "_subscribe", this::subscribe),
        RpcMethod.of(namespace + "_unsubscribe", this::unsubscribe));
  }

  /** Live subscriptions across all connections. */
  public int activeCount() {
    return connections.values().stream().mapToInt(ConnectionSubscriptions::size).sum();
  }

  private Object subscribe(RpcRequest request) throws RpcException {
    NotificationChannel channel = channelOf(request);
    RpcParams params = request.params();
    // Geth reads the name before anything else and reports a bad one in its own words.
    String name;
    try {
      name = params.required(0, ParamType.STRING);
    } catch (RpcException e) {
      throw RpcException.invalidParams("expected subscription name as first argument");
    }
    SubscriptionType type = types.get(name);
    if (type == null) {
      throw new RpcException(ErrorCode.METHOD_NOT_FOUND,
          "no \"" + name + "\" subscription in " + namespace + " namespace");
    }
    ConnectionSubscriptions subscriptions = subscriptionsOf(channel);
    if (subscriptions.size() >= maxPerConnection) {
      throw RpcException.limitExceeded("too many subscriptions on this connection (limit " + maxPerConnection + ")");
    }
    SubscriptionId id = SubscriptionId.random(random);
    String notificationMethod = namespace + "_subscription";
    // A publisher may still hold the listener for a moment after unsubscribe: the flag keeps it quiet.
    AtomicBoolean live = new AtomicBoolean(true);
    Registration registration = type.open(params.drop(1), result -> {
      if (live.get()) {
        channel.send(notificationMethod, new SubscriptionNotification(id, result));
      }
    });
    subscriptions.add(id, () -> {
      live.set(false);
      registration.close();
    });
    return id;
  }

  private Object unsubscribe(RpcRequest request) throws RpcException {
    NotificationChannel channel = channelOf(request);
    String text = request.params().expectAtMost(1).required(0, ParamType.STRING);
    ConnectionSubscriptions subscriptions = connections.get(channel);
    if (subscriptions == null || !subscriptions.remove(text)) {
      throw RpcException.serverError("subscription not found");
    }
    return true;
  }

  private NotificationChannel channelOf(RpcRequest request) throws RpcException {
    return request.session().notifications()
        .orElseThrow(() -> new RpcException(ErrorCode.METHOD_NOT_FOUND, "notifications not supported"));
  }

  private ConnectionSubscriptions subscriptionsOf(NotificationChannel channel) {
    ConnectionSubscriptions existing = connections.get(channel);
    if (existing != null) {
      return existing;
    }
    ConnectionSubscriptions fresh = new ConnectionSubscriptions();
    existing = connections.putIfAbsent(channel, fresh);
    if (existing != null) {
      return existing;
    }
    // Registered outside the map's lock: on an already closed channel the action runs at once.
    channel.onClose(() -> {
      connections.remove(channel, fresh);
      fresh.closeAll();
    });
    return fresh;
  }
}
