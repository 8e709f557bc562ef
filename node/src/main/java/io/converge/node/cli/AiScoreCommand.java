package io.converge.node.cli;

import io.converge.ai.data.AmlsimDataset;
import io.converge.ai.data.LabeledTransfer;
import io.converge.ai.data.Transfer;
import io.converge.ai.model.ModelIntegrityException;
import io.converge.ai.model.ModelStore;
import io.converge.ai.model.RiskModel;
import io.converge.ai.policy.Decision;
import io.converge.ai.policy.PolicyConfig;
import io.converge.ai.policy.RiskPolicy;
import io.converge.ai.rules.ComplianceRequest;
import io.converge.ai.rules.ComplianceRules;
import io.converge.ai.rules.RuleHit;
import io.converge.ai.rules.RuleSet;
import io.converge.ai.score.GraphRiskScorer;
import io.converge.ai.score.RiskAssessment;
import io.converge.types.Address;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code converge ai score --model M --data DIR --out preds.csv}: replays DIR in time order and scores each transfer
 * from what came before it, as the admission path would. Labels in DIR are never read. Prints the per-transfer latency
 * of the scoring call (p50/p99) at the end.
 */
@Command(name = "score", description = "Score every transfer of an AMLSim-layout directory, causally.")
final class AiScoreCommand implements Callable<Integer> {
  /** JIT compilation of the first transfers is not what the admission path sees once the node runs. */
  private static final int WARMUP = 10_000;

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "Model directory written by 'ai train'.")
  Path modelDir;

  @Option(names = "--data", required = true, description = "AMLSim output directory.")
  Path data;

  @Option(names = "--out", required = true, description = "Per-transfer output: tran_id,score,flag.")
  Path out;

  @Option(names = "--accounts-out", description = "Per-account output: acct_id,score (highest score so far).")
  Path accountsOut;

  @Option(names = "--explain-out", description = "Reasons for each flagged transfer: tran_id,score,decision,reasons.")
  Path explainOut;

  @Option(names = "--policy", description = "Policy properties file (policy.flag/hold/reject, policy.flag-novel). "
      + "Default: flag at the model's threshold.")
  Path policyFile;

  @Option(names = "--rules", description = "Compliance rule-set properties file (sanctions lists, limits, travel rule).")
  Path rulesFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RiskModel model;
    try {
      model = ModelStore.load(modelDir);
    } catch (ModelIntegrityException e) {
      err.println("refusing to load model " + modelDir + ": " + e.getMessage());
      return 3;
    }
    AmlsimDataset dataset = AiData.load(data, err);
    RiskPolicy policy = new RiskPolicy(policyFile == null
        ? PolicyConfig.forModelThreshold(model.metadata().threshold()) : PolicyConfig.load(policyFile));
    ComplianceRules rules = rulesFile == null ? null : new ComplianceRules(RuleSet.load(rulesFile));
    GraphRiskScorer scorer = GraphRiskScorer.fresh(model);
    List<LabeledTransfer> stream = dataset.transfers();
    long[] nanos = new long[stream.size()];
    Map<Address, Double> accountScore = new HashMap<>();
    int flagged = 0;
    try (BufferedWriter preds = Files.newBufferedWriter(out);
        BufferedWriter why = explainOut == null ? null : Files.newBufferedWriter(explainOut)) {
      preds.write("tran_id,score,flag\n");
      if (why != null) {
        why.write("tran_id,score,decision,reasons\n");
      }
      for (int i = 0; i < stream.size(); i++) {
        Transfer t = stream.get(i).transfer();
        long start = System.nanoTime();
        RiskAssessment a = scorer.assess(t);
        List<RuleHit> hits = rules == null ? List.of() : rules.check(ComplianceRequest.of(t));
        Decision d = policy.decide(a, hits);
        nanos[i] = System.nanoTime() - start;
        scorer.observe(t);
        if (rules != null) {
          rules.record(t);
        }
        boolean flag = !(d instanceof Decision.Allow);
        flagged += flag ? 1 : 0;
        preds.write(t.id() + "," + String.format(Locale.ROOT, "%.6f", a.score()) + "," + (flag ? 1 : 0) + "\n");
        accountScore.merge(t.from(), a.score(), Math::max);
        accountScore.merge(t.to(), a.score(), Math::max);
        if (flag && why != null) {
          String reasons = String.join(" | ", d.reasons()) + " | " + scorer.explain(a, 3).text();
          why.write(t.id() + "," + String.format(Locale.ROOT, "%.6f", a.score()) + ","
              + d.getClass().getSimpleName() + ",\"" + reasons.replace("\"", "'") + "\"\n");
        }
      }
    }
    if (accountsOut != null) {
      try (BufferedWriter acct = Files.newBufferedWriter(accountsOut)) {
        acct.write("acct_id,score\n");
        for (var e : accountScore.entrySet()) {
          acct.write(dataset.accountName(e.getKey()) + "," + String.format(Locale.ROOT, "%.6f", e.getValue()) + "\n");
        }
      }
    }
    stdout.printf(Locale.ROOT, "scored %d transfers with model %s; flagged %d%n", stream.size(),
        model.metadata().modelHash(), flagged);
    printLatency(stdout, "all transfers", nanos);
    if (nanos.length > 2 * WARMUP) {
      printLatency(stdout, "after " + WARMUP + " warm-up transfers", Arrays.copyOfRange(nanos, WARMUP, nanos.length));
    }
    return 0;
  }

  private static void printLatency(PrintWriter out, String label, long[] nanos) {
    if (nanos.length == 0) {
      return;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    out.printf(Locale.ROOT, "scoring latency per transfer (features + model + rules + policy), %s: p50=%.1f us "
        + "p99=%.1f us max=%.1f us%n", label, pct(sorted, 0.50) / 1e3, pct(sorted, 0.99) / 1e3,
        sorted[sorted.length - 1] / 1e3);
  }

  private static double pct(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
  }
}
