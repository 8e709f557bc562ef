package io.converge.txpool;

import io.converge.types.Address;
import io.converge.types.Wei;
import java.util.HashMap;
import java.util.Map;

/** The test implementation of the pool's state port: nonces and balances set by the test. */
final class InMemoryState implements PoolStateView {
  private final Map<Address, Long> nonces = new HashMap<>();
  private final Map<Address, Wei> balances = new HashMap<>();

  InMemoryState fund(Address account, Wei balance) {
    balances.put(account, balance);
    return this;
  }

  InMemoryState nonce(Address account, long nonce) {
    nonces.put(account, nonce);
    return this;
  }

  @Override
  public long nonce(Address account) {
    return nonces.getOrDefault(account, 0L);
  }

  @Override
  public Wei balance(Address account) {
    return balances.getOrDefault(account, Wei.ZERO);
  }
}
