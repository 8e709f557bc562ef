package io.converge.storage.rocksdb;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to open a RocksDB store.
 *
 * @param directory where the database lives; created if missing
 * @param blockCacheBytes the LRU cache of uncompressed blocks shared by all segments
 * @param maxOpenFiles file handles RocksDB may keep open; -1 for unlimited
 * @param maxBackgroundJobs threads for flushes and compactions
 */
public record RocksDbConfig(Path directory, long blockCacheBytes, int maxOpenFiles, int maxBackgroundJobs) {
  public static final long DEFAULT_BLOCK_CACHE_BYTES = 256L << 20;

  public RocksDbConfig {
    Objects.requireNonNull(directory, "directory");
    if (blockCacheBytes < 0) {
      throw new IllegalArgumentException("blockCacheBytes must be non-negative, got " + blockCacheBytes);
    }
    if (maxOpenFiles == 0 || maxOpenFiles < -1) {
      throw new IllegalArgumentException("maxOpenFiles must be positive or -1, got " + maxOpenFiles);
    }
    if (maxBackgroundJobs < 1) {
      throw new IllegalArgumentException("maxBackgroundJobs must be at least 1, got " + maxBackgroundJobs);
    }
  }

  public static RocksDbConfig defaults(Path directory) {
    return new RocksDbConfig(directory, DEFAULT_BLOCK_CACHE_BYTES, 1024, 4);
  }

  public RocksDbConfig withBlockCacheBytes(long bytes) {
    return new RocksDbConfig(directory, bytes, maxOpenFiles, maxBackgroundJobs);
  }
}
