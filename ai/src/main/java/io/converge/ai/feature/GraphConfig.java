package io.converge.ai.feature;

import java.util.List;

/**
 * Knobs of the transaction graph. Defaults describe behaviour (a month of memory, relationships younger than a month are
 * "new"), not any one data set.
 *
 * @param freshDays a counterparty relationship younger than this is "new"; also the longest feature window
 * @param cycleHops longest cycle searched for through new relationships
 * @param groupCap largest counterparty group compared when looking for bipartite or stacked layering (bounds latency)
 * @param reportingThresholds amounts whose just-below band (90–100 %) is a structuring signal
 * @param heatHalfLifeDays half-life of propagated suspicion
 * @param retentionDays pairs and accounts idle this long are forgotten, which bounds memory
 */
public record GraphConfig(int freshDays, int cycleHops, int groupCap, List<Double> reportingThresholds,
    double heatHalfLifeDays, int retentionDays) {
  public GraphConfig {
    if (freshDays < 1 || cycleHops < 2 || groupCap < 1 || heatHalfLifeDays <= 0 || retentionDays < freshDays) {
      throw new IllegalArgumentException("invalid graph config: freshDays=" + freshDays + " cycleHops=" + cycleHops
          + " groupCap=" + groupCap + " heatHalfLifeDays=" + heatHalfLifeDays + " retentionDays=" + retentionDays);
    }
    reportingThresholds = List.copyOf(reportingThresholds);
    for (double t : reportingThresholds) {
      if (!(t > 0)) {
        throw new IllegalArgumentException("reporting threshold must be positive: " + t);
      }
    }
  }

  public static GraphConfig defaults() {
    return new GraphConfig(30, 5, 32, List.of(10_000.0, 3_000.0), 7.0, 180);
  }
}
