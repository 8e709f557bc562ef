package io.converge.ai.explain;

import io.converge.ai.feature.Feature;
import io.converge.ai.model.RiskModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns XGBoost's per-prediction contributions into the few sentences that pushed the score up the most. */
public final class Explainer {
  private final RiskModel model;

  public Explainer(RiskModel model) {
    this.model = model;
  }

  /** Up to {@code top} reasons with positive contribution, strongest first. */
  public Explanation explain(float[] inputRow, int top) {
    float[] contrib = model.contributions(inputRow);
    List<Reason> reasons = new ArrayList<>();
    Feature[] features = Feature.values();
    for (int i = 0; i < features.length && i < contrib.length - 1; i++) {
      if (contrib[i] > 0) {
        reasons.add(new Reason(features[i], inputRow[i], contrib[i], features[i].explain(inputRow[i])));
      }
    }
    reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed());
    return new Explanation(reasons.subList(0, Math.min(top, reasons.size())), model.metadata().modelHash());
  }
}
