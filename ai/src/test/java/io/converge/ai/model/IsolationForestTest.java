package io.converge.ai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IsolationForestTest {
  @Test
  void separatesPlantedOutliersFromAGaussianCloud() {
    SplittableRandom random = new SplittableRandom(11);
    int inliers = 2_000;
    double[][] rows = new double[inliers + 10][];
    for (int i = 0; i < inliers; i++) {
      rows[i] = new double[] {gaussian(random), gaussian(random), gaussian(random)};
    }
    for (int i = 0; i < 10; i++) {
      rows[inliers + i] = new double[] {6 + random.nextDouble(), -6 - random.nextDouble(), 5};
    }
    IsolationForest forest = IsolationForest.fit(rows, 100, 256, new SplittableRandom(3));

    double[] scores = Arrays.stream(rows).mapToDouble(forest::score).toArray();
    Integer[] order = IntStream.range(0, rows.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    assertThat(Arrays.copyOf(order, 10)).allMatch(i -> i >= inliers);
    assertThat(forest.score(new double[] {0, 0, 0})).isLessThan(0.5);
    assertThat(forest.score(new double[] {7, -7, 5})).isGreaterThan(0.6);
  }

  @Test
  void isDeterministicForASeed() {
    double[][] rows = new double[300][];
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {random.nextDouble(), random.nextDouble()};
    }
    IsolationForest a = IsolationForest.fit(rows, 20, 64, new SplittableRandom(9));
    IsolationForest b = IsolationForest.fit(rows, 20, 64, new SplittableRandom(9));
    assertThat(a.score(rows[7])).isEqualTo(b.score(rows[7]));
  }

  @Test
  void averagePathMatchesThePaper() {
    assertThat(IsolationForest.averagePath(1)).isZero();
    assertThat(IsolationForest.averagePath(2)).isEqualTo(1);
    assertThat(IsolationForest.averagePath(256)).isBetween(10.2, 10.3);
  }

  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
