package io.converge.ai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The booster's trees evaluated in Java for the single-transfer admission path. A native {@code inplace_predict} per
 * transfer costs about 90 µs in call overhead alone; walking 300 small trees here costs a few. Read from XGBoost's own
 * JSON model, so it is exactly the trained model: same float32 comparisons ({@code x < split} goes left, missing
 * follows the default direction), leaf values summed onto the base margin. {@code TreeEnsembleTest} checks both paths
 * agree.
 */
final class TreeEnsemble {
  private final Tree[] trees;
  private final float baseMargin;

  private record Tree(int[] left, int[] right, int[] feature, float[] value, boolean[] defaultLeft) {
    float leaf(float[] x) {
      int node = 0;
      while (left[node] >= 0) {
        float v = x[feature[node]];
        boolean goLeft = Float.isNaN(v) ? defaultLeft[node] : v < value[node];
        node = goLeft ? left[node] : right[node];
      }
      return value[node];
    }
  }

  private TreeEnsemble(Tree[] trees, float baseMargin) {
    this.trees = trees;
    this.baseMargin = baseMargin;
  }

  /** Parses the {@code json} model format of a {@code binary:logistic} booster. */
  static TreeEnsemble fromJson(byte[] json) throws IOException {
    JsonNode learner = new ObjectMapper().readTree(json).path("learner");
    String objective = learner.path("objective").path("name").asText();
    if (!objective.equals("binary:logistic")) {
      throw new IOException("only binary:logistic boosters are supported, got '" + objective + "'");
    }
    String base = learner.path("learner_model_param").path("base_score").asText().replace("[", "").replace("]", "");
    double p = Double.parseDouble(base);
    float margin = (float) Math.log(p / (1 - p));
    List<Tree> trees = new ArrayList<>();
    for (JsonNode t : learner.path("gradient_booster").path("model").path("trees")) {
      int n = t.path("left_children").size();
      int[] left = new int[n];
      int[] right = new int[n];
      int[] feature = new int[n];
      float[] value = new float[n];
      boolean[] defaultLeft = new boolean[n];
      for (int i = 0; i < n; i++) {
        left[i] = t.path("left_children").get(i).asInt();
        right[i] = t.path("right_children").get(i).asInt();
        feature[i] = t.path("split_indices").get(i).asInt();
        value[i] = (float) t.path("split_conditions").get(i).asDouble();
        defaultLeft[i] = t.path("default_left").get(i).asInt() != 0;
      }
      trees.add(new Tree(left, right, feature, value, defaultLeft));
    }
    if (trees.isEmpty()) {
      throw new IOException("booster has no trees");
    }
    return new TreeEnsemble(trees.toArray(Tree[]::new), margin);
  }

  double probability(float[] x) {
    float margin = baseMargin;
    for (Tree t : trees) {
      margin += t.leaf(x);
    }
    return 1 / (1 + Math.exp(-margin));
  }
}
