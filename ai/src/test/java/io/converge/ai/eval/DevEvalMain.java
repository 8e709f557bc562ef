package io.converge.ai.eval;

import io.converge.ai.data.AmlsimReader;
import io.converge.ai.feature.FeatureMatrix;
import io.converge.ai.feature.GraphConfig;
import io.converge.ai.model.TrainingOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/** Developer entry point while the CLI is being wired; not a test. */
public final class DevEvalMain {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    var data = AmlsimReader.read(Path.of(args[0]));
    System.out.println("loaded " + data.transfers().size() + " errors=" + data.errors().size() + " in " + (System.nanoTime() - t0) / 1e9);
    long t1 = System.nanoTime();
    FeatureMatrix.replay(data.transfers(), GraphConfig.defaults());
    System.out.println("replay secs=" + (System.nanoTime() - t1) / 1e9);
    var report = new TemporalEvaluation(GraphConfig.defaults(), TrainingOptions.defaults(), new SplittableRandom(7))
        .run(data, 9, Instant.EPOCH);
    report.typologyRecall().forEach((k, v) -> System.out.println(k + " " + v[0] + "/" + v[1]));
    System.out.println(report.summaryLine() + " thr=" + report.model().threshold() + " secs=" + (System.nanoTime() - t0) / 1e9);
  }
}
