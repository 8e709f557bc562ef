package io.converge.rlp;

import java.util.List;

/** An RLP list of items. */
public record RlpList(List<RlpItem> items) implements RlpItem {
  public RlpList {
    items = List.copyOf(items);
  }

  public static RlpList of(RlpItem... items) {
    return new RlpList(List.of(items));
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
