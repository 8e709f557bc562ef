package io.converge.rlp;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random RLP trees that favour the lengths where encodings change shape (0, 1, 55, 56, 255, 256, ...). */
final class RandomRlpTrees {
  private static final int[] EDGE_LENGTHS = {0, 1, 2, 54, 55, 56, 57, 255, 256, 1024};

  private static final int MAX_NODES = 200;

  private final RandomGenerator random;
  private int budget;

  RandomRlpTrees(RandomGenerator random) {
    this.random = random;
  }

  /** A tree of at most {@code maxDepth} nested lists and about {@link #MAX_NODES} items, so encodings stay small. */
  RlpItem next(int maxDepth) {
    return next(maxDepth, MAX_NODES);
  }

  /** A tree of at most {@code maxDepth} nested lists and about {@code maxNodes} items. */
  RlpItem next(int maxDepth, int maxNodes) {
    budget = maxNodes;
    return generate(maxDepth);
  }

  private RlpItem generate(int maxDepth) {
    budget--;
    if (maxDepth == 0 || budget <= 0 || random.nextInt(3) == 0) {
      return nextString();
    }
    int size = switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> 1 + random.nextInt(3);
      case 2 -> 4 + random.nextInt(12);
      default -> 20 + random.nextInt(40);
    };
    List<RlpItem> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(generate(maxDepth - 1));
    }
    return new RlpList(items);
  }

  RlpString nextString() {
    int length = random.nextBoolean() ? EDGE_LENGTHS[random.nextInt(EDGE_LENGTHS.length)] : random.nextInt(70);
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    if (length == 1 && random.nextBoolean()) {
      bytes[0] &= 0x7f; // single bytes below 0x80 are encoded as themselves: make sure that path is common
    }
    return new RlpString(bytes);
  }
}
