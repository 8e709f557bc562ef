package io.converge.ai.feature;

import static io.converge.ai.feature.TransactionGraph.DAY;

import io.converge.ai.data.Transfer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One feature computation: reads the graph, never writes it. Motif searches are capped so latency stays bounded. */
final class GraphFeatures {
  private static final int BFS_NODE_CAP = 4_096;
  private static final int CHAIN_VISIT_CAP = 256;

  private final TransactionGraph g;
  private final long fresh;

  GraphFeatures(TransactionGraph g) {
    this.g = g;
    this.fresh = g.config.freshDays() * DAY;
  }

  double[] compute(Transfer t) {
    double[] f = new double[Feature.GRAPH_COUNT];
    long now = t.epochSecond();
    double amount = t.amount();
    AccountState a = g.find(t.from());
    AccountState b = g.find(t.to());
    f[Feature.JUST_BELOW_THRESHOLD.ordinal()] = justBelow(amount);

    PairState p = a != null && b != null ? g.pair(a.id, b.id) : null;
    f[Feature.PAIR_PRIOR_COUNT.ordinal()] = p == null ? 0 : p.count;
    f[Feature.PAIR_IS_NEW.ordinal()] = p == null ? 1 : 0;
    // Ages are capped at the fresh window: beyond it, "established" is all they should say. Uncapped, an age in a
    // simulated ledger is just the calendar date, and a model would learn dates.
    f[Feature.PAIR_AGE_DAYS.ordinal()] = p == null ? 0 : cappedDays(now - p.first);
    f[Feature.PAIR_DAYS_SINCE_LAST.ordinal()] = p == null ? -1 : days(now - p.last);
    double meanGap = p == null ? Double.NaN : p.meanGap();
    f[Feature.PAIR_GAP_IRREGULARITY.ordinal()] =
        Double.isNaN(meanGap) ? -1 : Math.abs((now - p.last) - meanGap) / (meanGap + DAY);
    // A scheduled relationship repeats its interval; an extra hop of a layering walk along it breaks the beat.
    f[Feature.PAIR_OFF_BEAT.ordinal()] = p == null || p.lastGap < 0 ? -1 : days(Math.abs((now - p.last) - p.lastGap));
    PairState reverse = a != null && b != null ? g.pair(b.id, a.id) : null;
    f[Feature.REVERSE_PAIR.ordinal()] = reverse == null ? 0 : reverse.count;
    f[Feature.SENDER_AGE_DAYS.ordinal()] = a == null ? 0 : cappedDays(now - a.firstSeen);
    f[Feature.RECIPIENT_AGE_DAYS.ordinal()] = b == null ? 0 : cappedDays(now - b.firstSeen);

    if (a != null) {
      senderFeatures(f, a, b, now, amount);
    }
    if (b != null) {
      f[Feature.RECIPIENT_IN_1D.ordinal()] = count(b.in, now - DAY + 1);
      f[Feature.RECIPIENT_IN_7D.ordinal()] = count(b.in, now - 7 * DAY);
      f[Feature.RECIPIENT_IN_30D.ordinal()] = count(b.in, now - fresh);
      f[Feature.RECIPIENT_OUT_7D.ordinal()] = count(b.out, now - 7 * DAY);
      Set<Integer> senders = distinct(b.in, now - fresh);
      Set<Integer> newSenders = newCounterparties(b, true, now, -1);
      f[Feature.RECIPIENT_FAN_IN_30D.ordinal()] = senders.size();
      f[Feature.RECIPIENT_NEW_IN_30D.ordinal()] = newSenders.size();
      f[Feature.RECIPIENT_NEW_OUT_30D.ordinal()] = newCounterparties(b, false, now, -1).size();
      f[Feature.RECIPIENT_NEW_IN_SHARE.ordinal()] = senders.isEmpty() ? 0 : newSenders.size() / (double) senders.size();
      f[Feature.RECIPIENT_FORWARDS_7D.ordinal()] = freshEdges(b, false, now, 7 * DAY);
      f[Feature.RECIPIENT_HEAT.ordinal()] = b.heatAt(now, g.halfLife());
    }
    if (a != null && b != null && a != b) {
      f[Feature.CYCLE_HOPS.ordinal()] = cycleHops(b, a, now);
      groupFeatures(f, a, b, now);
    }
    return f;
  }

  private void senderFeatures(double[] f, AccountState a, AccountState b, long now, double amount) {
    f[Feature.SENDER_OUT_1D.ordinal()] = count(a.out, now - DAY + 1);
    f[Feature.SENDER_OUT_7D.ordinal()] = count(a.out, now - 7 * DAY);
    f[Feature.SENDER_OUT_30D.ordinal()] = count(a.out, now - fresh);
    f[Feature.SENDER_IN_7D.ordinal()] = count(a.in, now - 7 * DAY);
    f[Feature.SENDER_IN_30D.ordinal()] = count(a.in, now - fresh);
    if (b != null) {
      int pair7 = 0;
      for (AccountState.Edge e : a.out) {
        if (e.other() == b.id && e.ts() >= now - 7 * DAY) {
          pair7++;
        }
      }
      f[Feature.PAIR_COUNT_7D.ordinal()] = pair7;
    }
    Set<Integer> recipients = distinct(a.out, now - fresh);
    Set<Integer> newRecipients = newCounterparties(a, false, now, -1);
    f[Feature.SENDER_FAN_OUT_30D.ordinal()] = recipients.size();
    f[Feature.SENDER_NEW_OUT_30D.ordinal()] = newRecipients.size();
    f[Feature.SENDER_NEW_IN_30D.ordinal()] = newCounterparties(a, true, now, -1).size();
    f[Feature.SENDER_NEW_OUT_SHARE.ordinal()] =
        recipients.isEmpty() ? 0 : newRecipients.size() / (double) recipients.size();

    double outSum = 0;
    double outSq = 0;
    int outN = 0;
    for (AccountState.Edge e : a.out) {
      if (e.ts() >= now - fresh) {
        outSum += e.amount();
        outSq += e.amount() * e.amount();
        outN++;
      }
    }
    double inSum = 0;
    double lastIn = 0;
    for (AccountState.Edge e : a.in) {
      if (e.ts() >= now - fresh) {
        inSum += e.amount();
      }
      if (e.ts() >= now - 7 * DAY) {
        lastIn = e.amount();
      }
    }
    f[Feature.AMOUNT_VS_SENDER_MEAN.ordinal()] = outN == 0 || outSum == 0 ? 0 : amount / (outSum / outN);
    f[Feature.AMOUNT_VS_LAST_RECEIVED.ordinal()] = lastIn == 0 ? 0 : Math.min(10, amount / lastIn);
    f[Feature.SENDER_PASS_THROUGH.ordinal()] = inSum == 0 ? 0 : Math.min(10, outSum / inSum);
    if (outN >= 3 && outSum > 0) {
      double mean = outSum / outN;
      double var = Math.max(0, outSq / outN - mean * mean);
      f[Feature.SENDER_AMOUNT_REGULARITY.ordinal()] = Math.sqrt(var) / mean;
    } else {
      f[Feature.SENDER_AMOUNT_REGULARITY.ordinal()] = -1;
    }
    f[Feature.RELAY_IN_7D.ordinal()] = freshEdges(a, true, now, 7 * DAY);
    f[Feature.RELAY_CHAIN_DEPTH.ordinal()] = chainDepth(a, now, now, 0, new int[] {CHAIN_VISIT_CAP});
    f[Feature.SENDER_HEAT.ordinal()] = a.heatAt(now, g.halfLife());
  }

  /**
   * Layering between groups. S = recipient's other new senders, R = sender's other new recipients; a bipartite or stacked
   * scheme wires many of S to many of R. Scatter-gather shows instead as S sharing a funding source with the sender.
   */
  private void groupFeatures(double[] f, AccountState a, AccountState b, long now) {
    Set<Integer> s = newCounterparties(b, true, now, a.id);
    Set<Integer> r = newCounterparties(a, false, now, b.id);
    int links = 0;
    for (int x : s) {
      for (int y : r) {
        if (x != y && isNew(g.pair(x, y), now)) {
          links++;
        }
      }
    }
    f[Feature.GROUP_LINKS.ordinal()] = links;
    f[Feature.GROUP_DENSITY.ordinal()] = s.isEmpty() || r.isEmpty() ? 0 : links / (double) (s.size() * r.size());
    Set<Integer> sources = newCounterparties(a, true, now, b.id);
    int common = 0;
    if (!sources.isEmpty()) {
      for (int x : s) {
        AccountState sx = g.byId(x);
        if (sx == null) {
          continue;
        }
        for (int src : newCounterparties(sx, true, now, -1)) {
          if (sources.contains(src)) {
            common++;
            break;
          }
        }
      }
    }
    f[Feature.COMMON_SOURCE.ordinal()] = common;
  }

  /** Shortest path from {@code start} back to {@code target} over new relationships, in hops including this transfer. */
  private int cycleHops(AccountState start, AccountState target, long now) {
    int maxDepth = g.config.cycleHops() - 1;
    Map<Integer, Integer> depth = new HashMap<>();
    ArrayDeque<AccountState> queue = new ArrayDeque<>();
    depth.put(start.id, 0);
    queue.add(start);
    while (!queue.isEmpty() && depth.size() < BFS_NODE_CAP) {
      AccountState x = queue.poll();
      int d = depth.get(x.id);
      if (d >= maxDepth) {
        continue;
      }
      for (int y : newCounterparties(x, false, now, -1)) {
        if (y == target.id) {
          return d + 2;
        }
        if (!depth.containsKey(y)) {
          depth.put(y, d + 1);
          AccountState sy = g.byId(y);
          if (sy != null) {
            queue.add(sy);
          }
        }
      }
    }
    return 0;
  }

  /**
   * Longest time-ordered chain of new relationships ending at {@code x} no later than {@code before}: each earlier hop
   * happened before the next, as money passed along a layering chain must.
   */
  private int chainDepth(AccountState x, long before, long now, int depth, int[] budget) {
    if (depth >= g.config.cycleHops() || budget[0]-- <= 0) {
      return 0;
    }
    int best = 0;
    for (var it = x.in.descendingIterator(); it.hasNext(); ) {
      AccountState.Edge e = it.next();
      if (e.ts() < now - fresh) {
        break;
      }
      if (e.ts() > before || !isNew(g.pair(e.other(), x.id), now)) {
        continue;
      }
      AccountState prev = g.byId(e.other());
      int d = 1 + (prev == null ? 0 : chainDepth(prev, e.ts(), now, depth + 1, budget));
      best = Math.max(best, d);
    }
    return best;
  }

  /** Distinct counterparties over relationships younger than the fresh window, capped at the group size. */
  private Set<Integer> newCounterparties(AccountState x, boolean incoming, long now, int exclude) {
    Set<Integer> out = new LinkedHashSet<>();
    var edges = incoming ? x.in : x.out;
    for (var it = edges.descendingIterator(); it.hasNext() && out.size() < g.config.groupCap(); ) {
      AccountState.Edge e = it.next();
      if (e.ts() < now - fresh) {
        break;
      }
      if (e.other() == exclude || out.contains(e.other())) {
        continue;
      }
      PairState p = incoming ? g.pair(e.other(), x.id) : g.pair(x.id, e.other());
      if (isNew(p, now)) {
        out.add(e.other());
      }
    }
    return out;
  }

  private int freshEdges(AccountState x, boolean incoming, long now, long window) {
    int n = 0;
    var edges = incoming ? x.in : x.out;
    for (var it = edges.descendingIterator(); it.hasNext(); ) {
      AccountState.Edge e = it.next();
      if (e.ts() < now - window) {
        break;
      }
      PairState p = incoming ? g.pair(e.other(), x.id) : g.pair(x.id, e.other());
      if (isNew(p, now)) {
        n++;
      }
    }
    return n;
  }

  private boolean isNew(PairState p, long now) {
    return p != null && p.first >= now - fresh;
  }

  private static int count(ArrayDeque<AccountState.Edge> edges, long since) {
    int n = 0;
    for (var it = edges.descendingIterator(); it.hasNext(); ) {
      if (it.next().ts() < since) {
        break;
      }
      n++;
    }
    return n;
  }

  private static Set<Integer> distinct(ArrayDeque<AccountState.Edge> edges, long since) {
    Set<Integer> out = new HashSet<>();
    for (var it = edges.descendingIterator(); it.hasNext(); ) {
      AccountState.Edge e = it.next();
      if (e.ts() < since) {
        break;
      }
      out.add(e.other());
    }
    return out;
  }

  private double justBelow(double amount) {
    for (double t : g.config.reportingThresholds()) {
      if (amount >= 0.9 * t && amount < t) {
        return 1;
      }
    }
    return 0;
  }

  private double cappedDays(long seconds) {
    return Math.min(days(seconds), g.config.freshDays());
  }

  private static double days(long seconds) {
    return seconds / (double) DAY;
  }
}
