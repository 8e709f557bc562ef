package io.converge.txpool;

/** The counts {@code txpool_status} reports. */
public record PoolStatus(int pending, int queued) {
  public PoolStatus {
    if (pending < 0 || queued < 0) {
      throw new IllegalArgumentException("negative count: pending=" + pending + " queued=" + queued);
    }
  }

  public int total() {
    return pending + queued;
  }
}
