package io.converge.ai.data;

import io.converge.types.Address;
import java.time.Instant;
import java.util.Objects;

/**
 * One value transfer as the risk engine sees it: who paid whom, how much, when. The node builds these from pool or block
 * transactions (amount already converted to the reporting unit); the offline tools build them from AMLSim rows.
 *
 * @param id caller's identifier, echoed back in assessments (AMLSim {@code tran_id}, or a pool sequence number)
 * @param amount in the reporting unit (e.g. USD or ether); finite and non-negative
 */
public record Transfer(long id, Address from, Address to, double amount, Instant timestamp) {
  public Transfer {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(timestamp, "timestamp");
    if (!Double.isFinite(amount) || amount < 0) {
      throw new IllegalArgumentException("amount must be finite and non-negative: " + amount);
    }
  }

  /** Seconds since the epoch; the graph works in whole seconds. */
  public long epochSecond() {
    return timestamp.getEpochSecond();
  }
}
