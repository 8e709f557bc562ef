package io.converge.ai.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Isolation forest (Liu, Ting and Zhou, 2008), written here because no Apache/MIT Java implementation exists. Points that
 * random axis-aligned cuts isolate quickly are anomalous; the score is {@code 2^(-E[h(x)] / c(psi))}, near 1 for outliers
 * and below 0.5 for ordinary points. It needs no labels, so patterns nobody has labelled yet still surface.
 *
 * @param trees one array-encoded tree each
 * @param sampleSize psi, the sub-sample each tree was grown on
 */
public record IsolationForest(List<Tree> trees, int sampleSize) {
  /**
   * A tree in parallel arrays; node 0 is the root. {@code feature[i] < 0} marks a leaf holding {@code size[i]} points.
   */
  public record Tree(int[] feature, double[] split, int[] left, int[] right, int[] size) {
    public Tree {
      int n = feature.length;
      if (split.length != n || left.length != n || right.length != n || size.length != n || n == 0) {
        throw new IllegalArgumentException("tree arrays must be non-empty and equally long");
      }
    }

    double pathLength(double[] x) {
      int node = 0;
      int depth = 0;
      while (feature[node] >= 0) {
        node = x[feature[node]] < split[node] ? left[node] : right[node];
        depth++;
      }
      return depth + averagePath(size[node]);
    }
  }

  public IsolationForest {
    trees = List.copyOf(trees);
    if (trees.isEmpty() || sampleSize < 2) {
      throw new IllegalArgumentException("need at least one tree and a sample of at least 2");
    }
  }

  /** Grows {@code treeCount} trees on random sub-samples of {@code rows}. Deterministic for a given generator. */
  public static IsolationForest fit(double[][] rows, int treeCount, int sampleSize, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    if (rows.length < 2) {
      throw new IllegalArgumentException("need at least 2 rows, got " + rows.length);
    }
    int psi = Math.min(sampleSize, rows.length);
    int heightLimit = (int) Math.ceil(Math.log(psi) / Math.log(2));
    List<Tree> trees = new ArrayList<>(treeCount);
    for (int t = 0; t < treeCount; t++) {
      int[] sample = new int[psi];
      for (int i = 0; i < psi; i++) {
        sample[i] = random.nextInt(rows.length);
      }
      trees.add(new Builder(rows, random).build(sample, heightLimit));
    }
    return new IsolationForest(trees, psi);
  }

  /** Anomaly score in (0, 1]. */
  public double score(double[] x) {
    double sum = 0;
    for (Tree t : trees) {
      sum += t.pathLength(x);
    }
    return Math.pow(2, -(sum / trees.size()) / averagePath(sampleSize));
  }

  /** c(n): average path length of an unsuccessful search in a binary search tree of n points. */
  static double averagePath(int n) {
    if (n <= 1) {
      return 0;
    }
    if (n == 2) {
      return 1;
    }
    double h = Math.log(n - 1.0) + 0.5772156649015329;
    return 2 * h - 2.0 * (n - 1) / n;
  }

  private static final class Builder {
    private final double[][] rows;
    private final RandomGenerator random;
    private final List<int[]> nodes = new ArrayList<>(); // feature, left, right, size
    private final List<Double> splits = new ArrayList<>();

    Builder(double[][] rows, RandomGenerator random) {
      this.rows = rows;
      this.random = random;
    }

    Tree build(int[] sample, int heightLimit) {
      grow(sample, 0, heightLimit);
      int n = nodes.size();
      int[] feature = new int[n];
      double[] split = new double[n];
      int[] left = new int[n];
      int[] right = new int[n];
      int[] size = new int[n];
      for (int i = 0; i < n; i++) {
        int[] node = nodes.get(i);
        feature[i] = node[0];
        left[i] = node[1];
        right[i] = node[2];
        size[i] = node[3];
        split[i] = splits.get(i);
      }
      return new Tree(feature, split, left, right, size);
    }

    private int grow(int[] idx, int depth, int heightLimit) {
      int self = nodes.size();
      nodes.add(new int[] {-1, -1, -1, idx.length});
      splits.add(0.0);
      if (depth >= heightLimit || idx.length <= 1) {
        return self;
      }
      int dims = rows[idx[0]].length;
      // Try a few features: a constant column cannot split, and giving up at once would end the branch too early.
      for (int attempt = 0; attempt < 8; attempt++) {
        int f = random.nextInt(dims);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i : idx) {
          lo = Math.min(lo, rows[i][f]);
          hi = Math.max(hi, rows[i][f]);
        }
        if (!(hi > lo)) {
          continue;
        }
        double cut = lo + random.nextDouble() * (hi - lo);
        int nLeft = 0;
        for (int i : idx) {
          if (rows[i][f] < cut) {
            nLeft++;
          }
        }
        if (nLeft == 0 || nLeft == idx.length) {
          continue;
        }
        int[] l = new int[nLeft];
        int[] r = new int[idx.length - nLeft];
        int li = 0;
        int ri = 0;
        for (int i : idx) {
          if (rows[i][f] < cut) {
            l[li++] = i;
          } else {
            r[ri++] = i;
          }
        }
        int leftNode = grow(l, depth + 1, heightLimit);
        int rightNode = grow(r, depth + 1, heightLimit);
        nodes.set(self, new int[] {f, leftNode, rightNode, idx.length});
        splits.set(self, cut);
        return self;
      }
      return self;
    }
  }
}
