package io.converge.ai.data;

import java.util.Objects;

/**
 * A transfer with the simulator's ground truth. Only training and evaluation read the label; scoring sees {@link #transfer()}.
 *
 * @param alertId AMLSim alert the transfer belongs to, or -1
 */
public record LabeledTransfer(Transfer transfer, boolean suspicious, long alertId) {
  public LabeledTransfer {
    Objects.requireNonNull(transfer, "transfer");
  }
}
