package io.converge.ai.eval;

import io.converge.ai.data.LabeledTransfer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The evaluation split: transfers before {@code cutoff} train, the rest test. The cutoff is the first timestamp plus a
 * number of calendar months, so it depends on the data's span and never on row ids.
 */
public record TemporalSplit(Instant cutoff, int trainRows, int testRows) {
  public static TemporalSplit monthsAfterStart(List<LabeledTransfer> stream, int months) {
    if (stream.isEmpty()) {
      throw new IllegalArgumentException("no transfers to split");
    }
    Instant start = stream.get(0).transfer().timestamp();
    Instant cutoff = start.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(months).atStartOfDay(ZoneOffset.UTC)
        .toInstant();
    int train = 0;
    while (train < stream.size() && stream.get(train).transfer().timestamp().isBefore(cutoff)) {
      train++;
    }
    return new TemporalSplit(cutoff, train, stream.size() - train);
  }
}
