package io.converge.rpc.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subscriptions of one connection. */
final class ConnectionSubscriptions {
  private final Map<String, Registration> byId = new LinkedHashMap<>();
  private boolean closed;

  synchronized void add(SubscriptionId id, Registration registration) {
    if (closed) {
      registration.close();
      return;
    }
    byId.put(id.value(), registration);
  }

  synchronized boolean remove(String id) {
    Registration registration = byId.remove(id);
    if (registration == null) {
      return false;
    }
    registration.close();
    return true;
  }

  synchronized int size() {
    return byId.size();
  }

  void closeAll() {
    List<Registration> registrations;
    synchronized (this) {
      closed = true;
      registrations = new ArrayList<>(byId.values());
      byId.clear();
    }
    registrations.forEach(Registration::close);
  }
}
