package io.converge.ai.feature;

import io.converge.types.Address;
import java.util.ArrayDeque;

/** What the graph remembers about one account: recent edges in each direction (oldest first) and decayed suspicion. */
final class AccountState {
  /** One recent transfer seen from this account's side. */
  record Edge(long ts, int other, double amount) {}

  final int id;
  final Address address;
  final long firstSeen;
  long lastSeen;
  final ArrayDeque<Edge> in = new ArrayDeque<>();
  final ArrayDeque<Edge> out = new ArrayDeque<>();
  double heat;
  long heatAt;

  AccountState(int id, Address address, long firstSeen) {
    this.id = id;
    this.address = address;
    this.firstSeen = firstSeen;
    this.lastSeen = firstSeen;
    this.heatAt = firstSeen;
  }

  double heatAt(long now, double halfLifeSeconds) {
    return heat * Math.pow(0.5, Math.max(0, now - heatAt) / halfLifeSeconds);
  }

  void setHeat(double value, long now) {
    heat = value;
    heatAt = now;
  }

  void prune(long horizon) {
    while (!in.isEmpty() && in.peekFirst().ts() < horizon) {
      in.pollFirst();
    }
    while (!out.isEmpty() && out.peekFirst().ts() < horizon) {
      out.pollFirst();
    }
  }
}
