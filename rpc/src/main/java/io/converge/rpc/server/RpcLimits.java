package io.converge.rpc.server;

/**
 * What one caller may ask of the server at once. {@code maxLogBlockRange} is enforced by the log queries
 * ({@code eth_getLogs}, filters) and kept here so every RPC limit is configured in one place.
 */
public record RpcLimits(int maxRequestBytes, int maxBatchSize, long maxLogBlockRange) {
  /** Geth's defaults for body and batch size; a log range that keeps one query to seconds on a full node. */
  public static final RpcLimits DEFAULT = new RpcLimits(5 * 1024 * 1024, 1000, 10_000);

  public RpcLimits {
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1024: " + maxRequestBytes);
    }
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("maxBatchSize must be positive: " + maxBatchSize);
    }
    if (maxLogBlockRange < 1) {
      throw new IllegalArgumentException("maxLogBlockRange must be positive: " + maxLogBlockRange);
    }
  }

  public RpcLimits withMaxRequestBytes(int bytes) {
    return new RpcLimits(bytes, maxBatchSize, maxLogBlockRange);
  }

  public RpcLimits withMaxBatchSize(int size) {
    return new RpcLimits(maxRequestBytes, size, maxLogBlockRange);
  }

  public RpcLimits withMaxLogBlockRange(long blocks) {
    return new RpcLimits(maxRequestBytes, maxBatchSize, blocks);
  }
}
