package io.converge.ai.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.ai.rules.RuleHit;
import io.converge.ai.score.RiskAssessment;
import io.converge.types.Address;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskPolicyTest {
  private static final String HASH = "ab".repeat(32);
  private final RiskPolicy policy = new RiskPolicy(new PolicyConfig(0.4, 0.8, 0.95, true));

  private static RiskAssessment scored(double score, boolean novel) {
    return new RiskAssessment(1, score, novel ? 0.8 : 0.4, false, novel, HASH, new float[1]);
  }

  @Test
  void mapsScoreBandsToAllowFlagHoldReject() {
    assertThat(policy.decide(scored(0.1, false), List.of())).isInstanceOf(Decision.Allow.class);
    assertThat(policy.decide(scored(0.5, false), List.of())).isInstanceOf(Decision.Flag.class);
    assertThat(policy.decide(scored(0.85, false), List.of())).isInstanceOf(Decision.Hold.class);
    assertThat(policy.decide(scored(0.97, false), List.of())).isInstanceOf(Decision.Reject.class);
  }

  @Test
  void flagsNovelPatternsTheClassifierMissed() {
    assertThat(policy.decide(scored(0.1, true), List.of())).isInstanceOf(Decision.Flag.class);
  }

  @Test
  void aSanctionsHitRejectsEvenAtALowScore() {
    var hit = new RuleHit.SanctionedParty(Address.ofNumber(1), RuleHit.Role.SENDER, "ofac.txt");
    Decision d = policy.decide(scored(0.01, false), List.of(hit));
    assertThat(d).isInstanceOf(Decision.Reject.class);
    assertThat(d.reasons()).anyMatch(r -> r.contains("ofac.txt"));
  }

  @Test
  void aTravelRuleGapHoldsForReview() {
    var hit = new RuleHit.TravelRuleMissing(5000, 1000, List.of("originator/beneficiary record"));
    assertThat(policy.decide(scored(0.01, false), List.of(hit))).isInstanceOf(Decision.Hold.class);
  }

  @Test
  void rejectsThresholdsOutOfOrder() {
    assertThatThrownBy(() -> new PolicyConfig(0.9, 0.5, 0.95, false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void heldTransfersAreReleasedOrDroppedByANamedReviewer() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    ReviewQueue queue = new ReviewQueue(clock);
    var hold = new Decision.Hold(List.of("score"));
    queue.hold(7, hold);
    queue.hold(8, hold);
    assertThat(queue.pending()).extracting(ReviewQueue.Pending::transferId).containsExactly(7L, 8L);

    assertThat(queue.release(7, "carol")).isInstanceOf(ReviewQueue.Outcome.Released.class);
    assertThat(queue.drop(8, "carol")).isInstanceOf(ReviewQueue.Outcome.Dropped.class);
    assertThat(queue.release(7, "carol")).isEqualTo(new ReviewQueue.Outcome.NotHeld(7));
    assertThat(queue.pending()).isEmpty();
    queue.hold(9, hold);
    assertThatThrownBy(() -> queue.release(9, " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
