package io.converge.crypto.keystore;

import java.util.Optional;

/**
 * scrypt's cost parameters: N (CPU and memory, a power of two), r (block size) and p (parallelism).
 * Memory is 128 * r * N bytes: 256 MiB for {@link #STANDARD}.
 */
public record ScryptCost(int n, int r, int p) {
  /** Geth's StandardScryptN and StandardScryptP: about a second of work per guess. */
  public static final ScryptCost STANDARD = new ScryptCost(1 << 18, 8, 1);

  /**
   * Geth's LightScryptN and LightScryptP ({@code --lightkdf}), for constrained devices and tests.
   */
  public static final ScryptCost LIGHT = new ScryptCost(1 << 12, 8, 6);

  /**
   * The most memory a file may make us allocate for V (128 * r * N) or B (128 * r * p): 4x the
   * standard. A file with a huge N would otherwise exhaust the heap of the node that opens it.
   */
  static final long MAX_MEMORY_BYTES = 1L << 30;

  public ScryptCost {
    problemWith(n, r, p)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
  }

  /** Why (n, r, p) is unusable, or empty when it is fine: for explaining a file's values. */
  static Optional<String> problemWith(long n, long r, long p) {
    if (n < 2 || Long.bitCount(n) != 1) {
      return Optional.of("n must be a power of two greater than 1, got " + n);
    }
    if (r < 1 || p < 1) {
      return Optional.of("r and p must be at least 1, got r=" + r + " p=" + p);
    }
    if (r * p >= 1 << 30) {
      return Optional.of("r * p must be below 2^30 (RFC 7914), got " + r * p);
    }
    if (128 * r * p > MAX_MEMORY_BYTES) {
      return Optional.of(
          "128 * r * p = " + 128 * r * p + " bytes exceeds the limit of " + MAX_MEMORY_BYTES);
    }
    if (128 * r * n > MAX_MEMORY_BYTES) {
      return Optional.of(
          "128 * r * n = " + 128 * r * n + " bytes exceeds the limit of " + MAX_MEMORY_BYTES);
    }
    return Optional.empty();
  }
}
