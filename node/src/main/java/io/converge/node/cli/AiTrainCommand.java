package io.converge.node.cli;

import io.converge.ai.data.AmlsimDataset;
import io.converge.ai.feature.FeatureMatrix;
import io.converge.ai.feature.GraphConfig;
import io.converge.ai.model.ModelStore;
import io.converge.ai.model.RiskModel;
import io.converge.ai.model.Trainer;
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

/** {@code converge ai train --data DIR --out MODEL_DIR}: trains a model on every labelled transfer in DIR. */
@Command(name = "train", description = "Train a risk model on an AMLSim-layout directory.")
final class AiTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "AMLSim output directory (transactions.csv[.gz], alert files).")
  Path data;

  @Option(names = "--out", required = true, description = "Model directory to write.")
  Path out;

  @Option(names = "--seed", defaultValue = "7", description = "Seed for sampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AmlsimDataset dataset = AiData.load(data, err);
    if (dataset.transfers().size() < 10) {
      err.println("too few usable transfers to train on: " + dataset.transfers().size());
      return 2;
    }
    GraphConfig graph = GraphConfig.defaults();
    FeatureMatrix matrix = FeatureMatrix.replay(dataset.transfers(), graph);
    RiskModel model = new Trainer(TrainingOptions.defaults(), new SplittableRandom(seed))
        .train(matrix, graph, dataset.digest(), Instant.now());
    ModelStore.save(model, out);
    var meta = model.metadata();
    stdout.printf(Locale.ROOT, "model %s written to %s%n", meta.modelHash(), out);
    stdout.printf(Locale.ROOT, "rows=%d positives=%d threshold=%.4f anomaly_threshold=%.4f%n", meta.trainingRows(),
        meta.trainingPositives(), meta.threshold(), meta.anomalyThreshold());
    meta.metrics().forEach((k, v) -> stdout.printf(Locale.ROOT, "%s=%.4f%n", k, v));
    return 0;
  }
}
