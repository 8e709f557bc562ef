package io.converge.node.cli;

import io.converge.ai.data.AmlsimDataset;
import io.converge.ai.eval.EvaluationReport;
import io.converge.ai.eval.TemporalEvaluation;
import io.converge.ai.feature.GraphConfig;
import io.converge.ai.model.Metrics;
import io.converge.ai.model.TrainingOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code converge ai eval --data DIR}: temporal split (first months train, the rest test), the model's and the naive
 * baseline's figures, per-typology recall, and one summary line last.
 */
@Command(name = "eval", description = "Evaluate on a temporal split of an AMLSim-layout directory.")
final class AiEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "AMLSim output directory.")
  Path data;

  @Option(names = "--train-months", defaultValue = "9", description = "Months from the start used for training "
      + "(default: ${DEFAULT-VALUE}); the rest is the test set.")
  int trainMonths;

  @Option(names = "--seed", defaultValue = "7", description = "Seed for sampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    AmlsimDataset dataset = AiData.load(data, spec.commandLine().getErr());
    EvaluationReport r = new TemporalEvaluation(GraphConfig.defaults(), TrainingOptions.defaults(),
        new SplittableRandom(seed)).run(dataset, trainMonths, Instant.now());
    out.printf(Locale.ROOT, "split: train < %s (%d transfers), test %d transfers%n", r.split().cutoff(),
        r.split().trainRows(), r.split().testRows());
    out.println("model " + r.modelHash());
    print(out, "model   ", r.model());
    print(out, "novelty ", r.modelWithNovelty());
    print(out, "baseline", r.baseline());
    out.println("per-typology recall (test):");
    r.typologyRecall().forEach((k, v) ->
        out.printf(Locale.ROOT, "  %-15s %.4f (%d/%d)%n", k, v[0] / (double) v[1], v[0], v[1]));
    out.printf(Locale.ROOT, "decoy (non-suspicious alert) transfers flagged in test: %d/%d%s%n", r.decoysFlagged()[0],
        r.decoysFlagged()[1], r.decoysFlagged()[1] == 0 ? " (no decoy alert falls in the test period)" : "");
    out.println(r.summaryLine());
    return 0;
  }

  private static void print(PrintWriter out, String label, Metrics m) {
    out.printf(Locale.ROOT, "%s precision=%.4f recall=%.4f f1=%.4f auprc=%.4f threshold=%.4f tp=%d fp=%d fn=%d%n",
        label, m.precision(), m.recall(), m.f1(), m.auprc(), m.threshold(), m.truePositives(), m.falsePositives(),
        m.falseNegatives());
  }
}
