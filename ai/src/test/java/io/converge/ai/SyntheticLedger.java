package io.converge.ai;

import io.converge.ai.data.LabeledTransfer;
import io.converge.ai.data.Transfer;
import io.converge.types.Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A small seeded ledger for tests: long-standing relationships that pay on a weekly rhythm, plus planted fan-in and
 * cycle schemes over brand-new relationships, labelled suspicious.
 */
public final class SyntheticLedger {
  public static final long DAY = 86_400;
  private final RandomGenerator random;
  private final int accounts;
  private final List<LabeledTransfer> transfers = new ArrayList<>();
  private final Set<Long> plantedFanIn = new HashSet<>();
  private long nextId = 1;

  public SyntheticLedger(RandomGenerator random, int accounts) {
    this.random = random;
    this.accounts = accounts;
  }

  /** Weekly payments on {@code pairs} random relationships for {@code days} days. */
  public SyntheticLedger background(int pairs, int days) {
    for (int p = 0; p < pairs; p++) {
      int a = random.nextInt(accounts);
      int b = random.nextInt(accounts);
      if (a == b) {
        continue;
      }
      int period = 3 + random.nextInt(8);
      for (int d = random.nextInt(period); d < days; d += period) {
        add(a, b, 100 + random.nextDouble() * 900, d, false);
      }
    }
    return this;
  }

  /** {@code senders} fresh accounts each pay one hub once between {@code day} and {@code day + 10}. */
  public SyntheticLedger fanIn(int day, int senders) {
    int hub = accounts + random.nextInt(1000);
    for (int i = 0; i < senders; i++) {
      int s = random.nextInt(accounts);
      long id = add(s, hub, 100 + random.nextDouble() * 900, day + random.nextInt(10), true);
      plantedFanIn.add(id);
    }
    return this;
  }

  /** A cycle through {@code length} accounts over new relationships, one hop a day. */
  public SyntheticLedger cycle(int day, int length) {
    int[] members = new int[length];
    for (int i = 0; i < length; i++) {
      members[i] = random.nextInt(accounts);
    }
    for (int i = 0; i < length; i++) {
      add(members[i], members[(i + 1) % length], 500 + random.nextDouble() * 100, day + i, true);
    }
    return this;
  }

  public List<LabeledTransfer> build() {
    List<LabeledTransfer> out = new ArrayList<>(transfers);
    out.sort(Comparator.comparing((LabeledTransfer t) -> t.transfer().timestamp())
        .thenComparingLong(t -> t.transfer().id()));
    return out;
  }

  public boolean isPlantedFanIn(long id) {
    return plantedFanIn.contains(id);
  }

  private long add(int from, int to, double amount, int day, boolean suspicious) {
    long id = nextId++;
    Transfer t = new Transfer(id, Address.ofNumber(1000 + from), Address.ofNumber(1000 + to), amount,
        Instant.ofEpochSecond(1_500_000_000L + day * DAY));
    transfers.add(new LabeledTransfer(t, suspicious, suspicious ? 1 : -1));
    return id;
  }
}
