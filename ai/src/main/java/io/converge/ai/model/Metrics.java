package io.converge.ai.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Threshold metrics and the area under the precision-recall curve, for labels and scores of equal length. */
public record Metrics(double threshold, long truePositives, long falsePositives, long falseNegatives, double auprc) {
  public double precision() {
    return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
  }

  public double recall() {
    return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public static Metrics at(boolean[] labels, double[] scores, double threshold) {
    check(labels, scores);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < labels.length; i++) {
      boolean flagged = scores[i] >= threshold;
      if (flagged && labels[i]) {
        tp++;
      } else if (flagged) {
        fp++;
      } else if (labels[i]) {
        fn++;
      }
    }
    return new Metrics(threshold, tp, fp, fn, averagePrecision(labels, scores));
  }

  /** The threshold with the best F1 (ties: the higher threshold, which flags less). */
  public static Metrics bestF1(boolean[] labels, double[] scores) {
    check(labels, scores);
    Integer[] order = sortedDescending(scores);
    long positives = IntStream.range(0, labels.length).filter(i -> labels[i]).count();
    long tp = 0;
    double bestF1 = -1;
    double bestThreshold = 0.5;
    for (int k = 0; k < order.length; k++) {
      if (labels[order[k]]) {
        tp++;
      }
      boolean boundary = k + 1 == order.length || scores[order[k + 1]] < scores[order[k]];
      if (!boundary) {
        continue;
      }
      double f1 = positives == 0 ? 0 : 2.0 * tp / (k + 1 + positives);
      if (f1 > bestF1) {
        bestF1 = f1;
        // Half-way to the next score keeps the threshold off any one training point.
        double next = k + 1 == order.length ? 0 : scores[order[k + 1]];
        bestThreshold = (scores[order[k]] + next) / 2;
      }
    }
    bestThreshold = Math.min(Math.max(bestThreshold, 1e-6), 1 - 1e-6);
    return at(labels, scores, bestThreshold);
  }

  /** Average precision: the step-wise area under the precision-recall curve. */
  public static double averagePrecision(boolean[] labels, double[] scores) {
    Integer[] order = sortedDescending(scores);
    long positives = IntStream.range(0, labels.length).filter(i -> labels[i]).count();
    if (positives == 0) {
      return 0;
    }
    double ap = 0;
    long tp = 0;
    long seen = 0;
    int k = 0;
    while (k < order.length) {
      int j = k;
      long groupTp = 0;
      while (j < order.length && scores[order[j]] == scores[order[k]]) {
        if (labels[order[j]]) {
          groupTp++;
        }
        j++;
      }
      tp += groupTp;
      seen += j - k;
      ap += (groupTp / (double) positives) * (tp / (double) seen);
      k = j;
    }
    return ap;
  }

  private static Integer[] sortedDescending(double[] scores) {
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    return order;
  }

  private static void check(boolean[] labels, double[] scores) {
    if (labels.length != scores.length) {
      throw new IllegalArgumentException("labels " + labels.length + " vs scores " + scores.length);
    }
  }
}
