package io.converge.ai.feature;

import io.converge.ai.data.LabeledTransfer;
import java.util.List;

/**
 * Graph features for a stream of transfers, one row each, in stream order. Labels ride along for training and
 * evaluation only; they never feed back into the features.
 */
public record FeatureMatrix(double[][] rows, boolean[] labels, List<LabeledTransfer> transfers) {
  public FeatureMatrix {
    if (rows.length != labels.length || rows.length != transfers.size()) {
      throw new IllegalArgumentException("rows, labels and transfers differ in length");
    }
  }

  /**
   * Replays {@code stream} (already in time order) through a fresh graph: features first, then the update. This is the
   * one place the causal order is enforced for offline work.
   */
  public static FeatureMatrix replay(List<LabeledTransfer> stream, GraphConfig config) {
    TransactionGraph graph = new TransactionGraph(config);
    double[][] rows = new double[stream.size()][];
    boolean[] labels = new boolean[stream.size()];
    for (int i = 0; i < rows.length; i++) {
      LabeledTransfer t = stream.get(i);
      rows[i] = graph.features(t.transfer());
      labels[i] = t.suspicious();
      graph.observe(t.transfer());
    }
    return new FeatureMatrix(rows, labels, List.copyOf(stream));
  }

  public int size() {
    return rows.length;
  }
}
