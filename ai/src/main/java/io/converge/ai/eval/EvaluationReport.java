package io.converge.ai.eval;

import io.converge.ai.model.Metrics;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Result of a temporal-split evaluation.
 *
 * @param modelWithNovelty the model when isolation-forest outliers are flagged too (what {@code ai score} writes)
 * @param typologyRecall per typology: {recalled, total} over suspicious test transfers
 * @param decoysFlagged flagged transfers of non-suspicious ("decoy") alerts in the test period, and their total
 */
public record EvaluationReport(TemporalSplit split, Metrics model, Metrics modelWithNovelty, Metrics baseline,
    Map<String, long[]> typologyRecall, long[] decoysFlagged, String modelHash) {
  public EvaluationReport {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(baseline, "baseline");
    typologyRecall = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(typologyRecall));
  }

  public double recallOf(String typology) {
    long[] r = typologyRecall.get(typology);
    return r == null || r[1] == 0 ? Double.NaN : r[0] / (double) r[1];
  }

  public double minTypologyRecall() {
    return typologyRecall.keySet().stream().mapToDouble(this::recallOf).filter(d -> !Double.isNaN(d)).min().orElse(0);
  }

  public String summaryLine() {
    return String.format(Locale.ROOT,
        "SUMMARY f1=%.4f auprc=%.4f precision=%.4f recall=%.4f min_typology_recall=%.4f baseline_f1=%.4f "
            + "baseline_auprc=%.4f decoys_flagged=%d/%d",
        model.f1(), model.auprc(), model.precision(), model.recall(), minTypologyRecall(), baseline.f1(),
        baseline.auprc(), decoysFlagged[0], decoysFlagged[1]);
  }
}
