package io.converge.ai.model;

/**
 * Hyper-parameters. Defaults are ordinary XGBoost settings, not tuned to a data set.
 *
 * @param validationShare the latest share of the training rows held out to pick the threshold
 * @param anomalyQuantile share of training transfers the forest may call novel
 */
public record TrainingOptions(int rounds, int maxDepth, double eta, int forestTrees, int forestSample,
    double validationShare, double anomalyQuantile, int threads) {
  public TrainingOptions {
    if (rounds < 1 || maxDepth < 1 || !(eta > 0) || forestTrees < 1 || forestSample < 2
        || !(validationShare > 0 && validationShare < 1) || !(anomalyQuantile > 0 && anomalyQuantile < 1) || threads < 1) {
      throw new IllegalArgumentException("invalid training options: " + this);
    }
  }

  public static TrainingOptions defaults() {
    return new TrainingOptions(300, 6, 0.1, 100, 256, 0.2, 0.999, 2);
  }

  /** Small and quick, for tests on a slice. */
  public static TrainingOptions quick() {
    return new TrainingOptions(40, 4, 0.3, 25, 128, 0.25, 0.99, 1);
  }
}
