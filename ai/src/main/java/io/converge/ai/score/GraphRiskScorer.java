package io.converge.ai.score;

import io.converge.ai.data.Transfer;
import io.converge.ai.explain.Explainer;
import io.converge.ai.explain.Explanation;
import io.converge.ai.feature.GraphSnapshot;
import io.converge.ai.feature.TransactionGraph;
import io.converge.ai.model.RiskModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@link RiskScorer} over the incremental transaction graph and a trained {@link RiskModel}. Graph access is serialised
 * on the graph itself; the model is read-only.
 */
public final class GraphRiskScorer implements RiskScorer {
  private final RiskModel model;
  private final TransactionGraph graph;
  private final Explainer explainer;

  public GraphRiskScorer(RiskModel model, TransactionGraph graph) {
    this.model = Objects.requireNonNull(model, "model");
    this.graph = Objects.requireNonNull(graph, "graph");
    if (!graph.config().equals(model.metadata().graph())) {
      throw new IllegalArgumentException("graph config " + graph.config() + " differs from the model's "
          + model.metadata().graph());
    }
    this.explainer = new Explainer(model);
  }

  /** A scorer with an empty graph configured as the model was trained. */
  public static GraphRiskScorer fresh(RiskModel model) {
    return new GraphRiskScorer(model, new TransactionGraph(model.metadata().graph()));
  }

  /** A scorer resuming from a graph snapshot written by {@link #saveState}. */
  public static GraphRiskScorer resume(RiskModel model, Path snapshot) throws IOException {
    return new GraphRiskScorer(model, GraphSnapshot.read(snapshot, model.metadata().graph()));
  }

  @Override
  public RiskAssessment assess(Transfer transfer) {
    double[] features;
    synchronized (graph) {
      features = graph.features(transfer);
    }
    float[] row = model.inputRow(features);
    double p = Math.min(1, Math.max(0, model.probability(row)));
    double anomaly = row[io.converge.ai.feature.Feature.ANOMALY.ordinal()];
    var meta = model.metadata();
    return new RiskAssessment(transfer.id(), p, anomaly, p >= meta.threshold(), anomaly >= meta.anomalyThreshold(),
        meta.modelHash(), row);
  }

  @Override
  public void observe(Transfer transfer) {
    synchronized (graph) {
      graph.observe(transfer);
    }
  }

  @Override
  public Explanation explain(RiskAssessment assessment, int top) {
    return explainer.explain(assessment.inputRow(), top);
  }

  /** Persists the graph so a restart resumes with the same history. */
  public void saveState(Path snapshot) throws IOException {
    synchronized (graph) {
      GraphSnapshot.write(graph, snapshot);
    }
  }

  public RiskModel model() {
    return model;
  }

  /** The graph behind the scorer, for size metrics and for seeding suspicion ({@link TransactionGraph#flag}). */
  public TransactionGraph graph() {
    return graph;
  }
}
