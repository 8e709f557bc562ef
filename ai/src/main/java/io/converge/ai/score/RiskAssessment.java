package io.converge.ai.score;

import java.util.Objects;

/**
 * A scored transfer.
 *
 * @param score probability-like risk in [0, 1] from the supervised model (which also sees the anomaly score)
 * @param anomaly isolation-forest score in (0, 1]; high means unlike the training traffic
 * @param flagged score reached the model's trained threshold
 * @param novel anomaly above the model's novelty threshold: a pattern no label described, surfaced anyway
 * @param inputRow the features the model saw, kept so the assessment can be explained later
 */
public record RiskAssessment(long transferId, double score, double anomaly, boolean flagged, boolean novel,
    String modelHash, float[] inputRow) {
  public RiskAssessment {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    Objects.requireNonNull(modelHash, "modelHash");
    inputRow = inputRow.clone();
  }

  @Override
  public float[] inputRow() {
    return inputRow.clone();
  }
}
