package io.converge.ai.eval;

import io.converge.ai.data.LabeledTransfer;
import io.converge.ai.model.Metrics;
import io.converge.ai.model.TrainingOptions;
import io.converge.types.Address;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The yardstick the issue names: XGBoost on the amount and the two parties' running in/out degrees, nothing about
 * relationships, time or groups. Same split, boosting settings and threshold rule as the real model.
 */
final class NaiveBaseline {
  private static final int COLS = 5;

  private NaiveBaseline() {}

  static Metrics evaluate(List<LabeledTransfer> stream, int trainRows, TrainingOptions options, RandomGenerator random)
      throws XGBoostError {
    float[] x = new float[stream.size() * COLS];
    boolean[] y = new boolean[stream.size()];
    Map<Address, int[]> degree = new HashMap<>();
    for (int i = 0; i < stream.size(); i++) {
      var t = stream.get(i).transfer();
      int[] a = degree.computeIfAbsent(t.from(), k -> new int[2]);
      int[] b = degree.computeIfAbsent(t.to(), k -> new int[2]);
      x[i * COLS] = (float) t.amount();
      x[i * COLS + 1] = a[0];
      x[i * COLS + 2] = a[1];
      x[i * COLS + 3] = b[0];
      x[i * COLS + 4] = b[1];
      y[i] = stream.get(i).suspicious();
      a[1]++;
      b[0]++;
    }
    int split = (int) Math.round(trainRows * 0.8);
    Booster probe = fit(Arrays.copyOfRange(x, 0, split * COLS), Arrays.copyOfRange(y, 0, split), options, random);
    double[] val = predict(probe, Arrays.copyOfRange(x, split * COLS, trainRows * COLS), trainRows - split);
    double threshold = Metrics.bestF1(Arrays.copyOfRange(y, split, trainRows), val).threshold();
    Booster full = fit(Arrays.copyOfRange(x, 0, trainRows * COLS), Arrays.copyOfRange(y, 0, trainRows), options, random);
    double[] test = predict(full, Arrays.copyOfRange(x, trainRows * COLS, x.length), stream.size() - trainRows);
    return Metrics.at(Arrays.copyOfRange(y, trainRows, y.length), test, threshold);
  }

  private static Booster fit(float[] x, boolean[] y, TrainingOptions options, RandomGenerator random) throws XGBoostError {
    DMatrix m = new DMatrix(x, y.length, COLS, Float.NaN);
    float[] labels = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      labels[i] = y[i] ? 1 : 0;
    }
    m.setLabel(labels);
    Map<String, Object> params = new HashMap<>();
    params.put("objective", "binary:logistic");
    params.put("tree_method", "hist");
    params.put("max_depth", options.maxDepth());
    params.put("eta", options.eta());
    params.put("nthread", options.threads());
    params.put("seed", random.nextInt(Integer.MAX_VALUE));
    params.put("verbosity", 0);
    try {
      return XGBoost.train(m, params, options.rounds(), new HashMap<>(), null, null);
    } finally {
      m.dispose();
    }
  }

  private static double[] predict(Booster b, float[] x, int rows) throws XGBoostError {
    float[][] p = b.inplace_predict(x, rows, COLS, Float.NaN);
    return Arrays.stream(p).mapToDouble(r -> r[0]).toArray();
  }
}
