package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.transaction.Transaction;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A snapshot of the pool as {@code txpool_content} shows it: sender, then nonce, then transaction. Senders and nonces
 * are sorted so that the output is deterministic.
 */
public record PoolContent(
    SortedMap<Address, NavigableMap<Long, Transaction>> pending,
    SortedMap<Address, NavigableMap<Long, Transaction>> queued) {

  public PoolContent {
    pending = freeze(pending);
    queued = freeze(queued);
  }

  private static SortedMap<Address, NavigableMap<Long, Transaction>> freeze(
      SortedMap<Address, NavigableMap<Long, Transaction>> in) {
    TreeMap<Address, NavigableMap<Long, Transaction>> out = new TreeMap<>();
    in.forEach((sender, byNonce) -> {
      TreeMap<Long, Transaction> copy = new TreeMap<>(Long::compareUnsigned);
      copy.putAll(byNonce);
      out.put(sender, Collections.unmodifiableNavigableMap(copy));
    });
    return Collections.unmodifiableSortedMap(out);
  }
}
