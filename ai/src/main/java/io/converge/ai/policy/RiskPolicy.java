package io.converge.ai.policy;

import io.converge.ai.rules.RuleHit;
import io.converge.ai.score.RiskAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a model score and compliance-rule hits to a {@link Decision}. Rules are not overridden by a calm score: a
 * sanctioned party is rejected, a travel-rule gap or velocity breach is held, an amount over limit is flagged.
 */
public final class RiskPolicy {
  private final PolicyConfig config;

  public RiskPolicy(PolicyConfig config) {
    this.config = config;
  }

  public Decision decide(RiskAssessment assessment, List<RuleHit> hits) {
    int severity = 0;
    List<String> reasons = new ArrayList<>();
    double s = assessment.score();
    String score = String.format(Locale.ROOT, "risk score %.3f (model %s)", s, assessment.modelHash().substring(0, 12));
    if (s >= config.reject()) {
      severity = 3;
      reasons.add(score + " >= reject " + config.reject());
    } else if (s >= config.hold()) {
      severity = 2;
      reasons.add(score + " >= hold " + config.hold());
    } else if (s >= config.flag()) {
      severity = 1;
      reasons.add(score + " >= flag " + config.flag());
    } else if (config.flagNovel() && assessment.novel()) {
      severity = 1;
      reasons.add(String.format(Locale.ROOT, "unusual pattern: anomaly %.3f", assessment.anomaly()));
    }
    for (RuleHit hit : hits) {
      severity = Math.max(severity, severityOf(hit));
      reasons.add(hit.describe());
    }
    return switch (severity) {
      case 0 -> new Decision.Allow();
      case 1 -> new Decision.Flag(reasons);
      case 2 -> new Decision.Hold(reasons);
      default -> new Decision.Reject(reasons);
    };
  }

  private static int severityOf(RuleHit hit) {
    if (hit instanceof RuleHit.SanctionedParty) {
      return 3;
    }
    if (hit instanceof RuleHit.AmountOverLimit) {
      return 1;
    }
    return 2; // travel-rule gaps and velocity breaches wait for a human

  }
}
