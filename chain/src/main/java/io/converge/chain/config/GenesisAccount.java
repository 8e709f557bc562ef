package io.converge.chain.config;

import io.converge.types.Bytes;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** An account of the genesis allocation. Storage is sorted so that building the state is deterministic. */
public record GenesisAccount(Wei balance, long nonce, Bytes code, SortedMap<UInt256, UInt256> storage) {
  public GenesisAccount {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(code, "code");
    storage = Collections.unmodifiableSortedMap(new TreeMap<>(storage));
  }

  public static GenesisAccount withBalance(Wei balance) {
    return new GenesisAccount(balance, 0, Bytes.EMPTY, new TreeMap<>());
  }
}
