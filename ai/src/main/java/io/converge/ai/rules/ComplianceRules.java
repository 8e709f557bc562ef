package io.converge.ai.rules;

import io.converge.ai.data.Transfer;
import io.converge.types.Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a {@link RuleSet}. Deterministic and explainable: each hit names the rule and its values. Velocity needs
 * memory, so {@link #record} keeps per-sender timestamps for one window (bounded by the window, swept as it goes).
 */
public final class ComplianceRules {
  private final RuleSet rules;
  private final Map<Address, ArrayDeque<Long>> recent = new HashMap<>();
  private long recorded;

  public ComplianceRules(RuleSet rules) {
    this.rules = rules;
  }

  public String version() {
    return rules.version();
  }

  /** All hits for a request, against the transfers recorded before it. */
  public synchronized List<RuleHit> check(ComplianceRequest request) {
    List<RuleHit> hits = new ArrayList<>();
    Transfer t = request.transfer();
    screen(t.from(), RuleHit.Role.SENDER, hits);
    screen(t.to(), RuleHit.Role.RECIPIENT, hits);
    for (Address party : request.tokenParties()) {
      screen(party, RuleHit.Role.TOKEN_PARTY, hits);
    }
    if (rules.amountLimit() > 0 && t.amount() > rules.amountLimit()) {
      hits.add(new RuleHit.AmountOverLimit(t.amount(), rules.amountLimit()));
    }
    if (rules.velocityLimit() > 0) {
      int count = 1 + countRecent(t.from(), t.epochSecond());
      if (count > rules.velocityLimit()) {
        hits.add(new RuleHit.VelocityExceeded(t.from(), count, rules.velocityLimit(), rules.velocityWindow()));
      }
    }
    if (t.amount() >= rules.travelRuleThreshold()) {
      travelRule(request, hits);
    }
    return hits;
  }

  /** Remembers a transfer for velocity limits. */
  public synchronized void record(Transfer t) {
    ArrayDeque<Long> q = recent.computeIfAbsent(t.from(), k -> new ArrayDeque<>());
    q.addLast(t.epochSecond());
    prune(q, t.epochSecond());
    if (++recorded % 4096 == 0) {
      long now = t.epochSecond();
      recent.values().removeIf(d -> {
        prune(d, now);
        return d.isEmpty();
      });
    }
  }

  private void travelRule(ComplianceRequest request, List<RuleHit> hits) {
    double amount = request.transfer().amount();
    Optional<TravelRuleRecord> record = request.travelRecord();
    if (request.carriedTravelHash().isEmpty() || record.isEmpty()) {
      List<String> missing = new ArrayList<>();
      if (request.carriedTravelHash().isEmpty()) {
        missing.add("travel-rule hash on the transfer");
      }
      if (record.isEmpty()) {
        missing.add("originator/beneficiary record");
      }
      hits.add(new RuleHit.TravelRuleMissing(amount, rules.travelRuleThreshold(), missing));
      return;
    }
    List<String> blank = record.get().missingFields();
    if (!blank.isEmpty()) {
      hits.add(new RuleHit.TravelRuleMissing(amount, rules.travelRuleThreshold(), blank));
    }
    var computed = record.get().hash();
    if (!computed.equals(request.carriedTravelHash().get())) {
      hits.add(new RuleHit.TravelRuleMismatch(request.carriedTravelHash().get(), computed));
    }
  }

  private void screen(Address party, RuleHit.Role role, List<RuleHit> hits) {
    rules.sanctions().listing(party).ifPresent(list -> hits.add(new RuleHit.SanctionedParty(party, role, list)));
  }

  private int countRecent(Address sender, long now) {
    ArrayDeque<Long> q = recent.get(sender);
    if (q == null) {
      return 0;
    }
    prune(q, now);
    return q.size();
  }

  private void prune(ArrayDeque<Long> q, long now) {
    long horizon = now - rules.velocityWindow().toSeconds();
    while (!q.isEmpty() && q.peekFirst() <= horizon) {
      q.pollFirst();
    }
  }
}
