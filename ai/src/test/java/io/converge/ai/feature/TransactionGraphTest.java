package io.converge.ai.feature;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.ai.SyntheticLedger;
import io.converge.ai.data.LabeledTransfer;
import io.converge.ai.data.Transfer;
import io.converge.types.Address;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionGraphTest {
  private static final long DAY = 86_400;

  private static Transfer t(long id, int from, int to, double amount, int day) {
    return new Transfer(id, Address.ofNumber(from), Address.ofNumber(to), amount, Instant.ofEpochSecond(day * DAY));
  }

  private static double f(double[] row, Feature feature) {
    return row[feature.ordinal()];
  }

  @Test
  void featuresOfATransferNeverIncludeTheTransferItselfOrLaterOnes() {
    List<LabeledTransfer> stream = new SyntheticLedger(new SplittableRandom(1), 60).background(80, 40).fanIn(20, 6)
        .build();
    FeatureMatrix full = FeatureMatrix.replay(stream, GraphConfig.defaults());
    FeatureMatrix prefix = FeatureMatrix.replay(stream.subList(0, stream.size() / 2), GraphConfig.defaults());
    for (int i = 0; i < prefix.size(); i++) {
      assertThat(full.rows()[i]).as("row %d", i).containsExactly(prefix.rows()[i]);
    }
  }

  @Test
  void firstTransferBetweenStrangersIsNewAndRepeatsBuildHistory() {
    TransactionGraph g = new TransactionGraph(GraphConfig.defaults());
    double[] first = g.features(t(1, 1, 2, 100, 10));
    assertThat(f(first, Feature.PAIR_IS_NEW)).isEqualTo(1);
    assertThat(f(first, Feature.PAIR_PRIOR_COUNT)).isZero();
    g.observe(t(1, 1, 2, 100, 10));
    g.observe(t(2, 1, 2, 100, 17));
    double[] third = g.features(t(3, 1, 2, 100, 24));
    assertThat(f(third, Feature.PAIR_IS_NEW)).isZero();
    assertThat(f(third, Feature.PAIR_PRIOR_COUNT)).isEqualTo(2);
    assertThat(f(third, Feature.PAIR_AGE_DAYS)).isEqualTo(14);
    assertThat(f(third, Feature.PAIR_DAYS_SINCE_LAST)).isEqualTo(7);
    assertThat(f(third, Feature.PAIR_GAP_IRREGULARITY)).isZero();
  }

  @Test
  void countsFanInOverNewRelationships() {
    TransactionGraph g = new TransactionGraph(GraphConfig.defaults());
    for (int i = 0; i < 6; i++) {
      g.observe(t(i, 100 + i, 1, 300, 50 + i));
    }
    double[] row = g.features(t(99, 200, 1, 300, 57));
    assertThat(f(row, Feature.RECIPIENT_FAN_IN_30D)).isEqualTo(6);
    assertThat(f(row, Feature.RECIPIENT_NEW_IN_30D)).isEqualTo(6);
    assertThat(f(row, Feature.RECIPIENT_NEW_IN_SHARE)).isEqualTo(1);
  }

  @Test
  void findsACycleReturningToTheSenderThroughNewRelationships() {
    TransactionGraph g = new TransactionGraph(GraphConfig.defaults());
    g.observe(t(1, 1, 2, 500, 10));
    g.observe(t(2, 2, 3, 490, 11));
    g.observe(t(3, 3, 4, 480, 12));
    double[] closing = g.features(t(4, 4, 1, 470, 13));
    assertThat(f(closing, Feature.CYCLE_HOPS)).isEqualTo(4);
    assertThat(f(closing, Feature.RELAY_CHAIN_DEPTH)).isEqualTo(3);
    double[] unrelated = g.features(t(5, 7, 8, 470, 13));
    assertThat(f(unrelated, Feature.CYCLE_HOPS)).isZero();
  }

  @Test
  void seesBipartiteLayeringBetweenTwoGroups() {
    TransactionGraph g = new TransactionGraph(GraphConfig.defaults());
    int[] left = {1, 2, 3};
    int[] right = {11, 12, 13};
    long id = 0;
    for (int a : left) {
      for (int b : right) {
        if (!(a == 1 && b == 11)) {
          g.observe(t(id++, a, b, 400, 20));
        }
      }
    }
    double[] row = g.features(t(id, 1, 11, 400, 21));
    assertThat(f(row, Feature.GROUP_LINKS)).isEqualTo(4); // senders {2,3} x recipients {12,13}
    assertThat(f(row, Feature.GROUP_DENSITY)).isEqualTo(1);
  }

  @Test
  void forgetsEdgesOlderThanTheWindow() {
    TransactionGraph g = new TransactionGraph(GraphConfig.defaults());
    g.observe(t(1, 1, 2, 100, 0));
    g.observe(t(2, 1, 3, 100, 1));
    double[] later = g.features(t(3, 1, 4, 100, 100));
    assertThat(f(later, Feature.SENDER_OUT_30D)).isZero();
    assertThat(f(later, Feature.SENDER_AGE_DAYS)).as("capped at the fresh window").isEqualTo(30);
  }

  @Test
  void snapshotRestoresTheSameFeatures(@TempDir Path dir) throws Exception {
    List<LabeledTransfer> stream = new SyntheticLedger(new SplittableRandom(2), 50).background(60, 30).cycle(25, 4)
        .build();
    TransactionGraph g = new TransactionGraph(GraphConfig.defaults());
    stream.forEach(t -> g.observe(t.transfer()));
    GraphSnapshot.write(g, dir.resolve("graph.bin"));
    TransactionGraph restored = GraphSnapshot.read(dir.resolve("graph.bin"), GraphConfig.defaults());

    assertThat(restored.accountCount()).isEqualTo(g.accountCount());
    assertThat(restored.pairCount()).isEqualTo(g.pairCount());
    for (LabeledTransfer probe : stream.subList(stream.size() - 20, stream.size())) {
      Transfer next = new Transfer(probe.transfer().id(), probe.transfer().from(), probe.transfer().to(), 333,
          Instant.ofEpochSecond(probe.transfer().epochSecond() + DAY));
      assertThat(restored.features(next)).containsExactly(g.features(next));
    }
  }
}
