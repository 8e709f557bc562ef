package io.converge.ai.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.converge.ai.data.AmlsimDataset;
import io.converge.ai.data.AmlsimReader;
import io.converge.ai.feature.GraphConfig;
import io.converge.ai.model.TrainingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Train, score and evaluate on the first months of the shared AMLSim dev set: the whole pipeline on real data. */
class DevSetSliceTest {
  @Test
  void beatsTheNaiveBaselineOnASliceOfTheDevSet() throws Exception {
    Path dir = Path.of(System.getProperty("converge.shared.dir", "../../shared"), "data", "aml", "amlsim-lab3bank-3k");
    assumeTrue(Files.isDirectory(dir), "AMLSim dev set absent at " + dir + "; skipping");
    AmlsimDataset all = AmlsimReader.read(dir);
    assertThat(all.errors()).isEmpty();
    Instant end = all.transfers().get(0).transfer().timestamp().atZone(ZoneOffset.UTC).plusMonths(4).toInstant();
    var slice = all.transfers().stream().filter(t -> t.transfer().timestamp().isBefore(end)).toList();
    AmlsimDataset data = new AmlsimDataset(slice, all.alerts(), all.accountNames(), all.errors(), all.digest());

    EvaluationReport report = new TemporalEvaluation(GraphConfig.defaults(), TrainingOptions.quick(),
        new SplittableRandom(3)).run(data, 3, Instant.EPOCH);

    assertThat(report.split().testRows()).isGreaterThan(5_000);
    assertThat(report.model().auprc()).isGreaterThan(0.6).isGreaterThan(report.baseline().auprc());
    assertThat(report.model().f1()).isGreaterThan(report.baseline().f1());
    assertThat(report.summaryLine()).startsWith("SUMMARY f1=");
  }
}
