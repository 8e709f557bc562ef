package io.converge.node.dev;

import io.converge.chain.StoredBlockchain;
import io.converge.state.TrieWorldState;
import io.converge.txpool.PoolStateView;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.util.Objects;

/**
 * The pool's window on the chain: nonces and balances at whatever the chain's head is now. The state object is
 * reused while the head stays, since opening one per call would re-read the account trie each time.
 */
final class HeadStateView implements PoolStateView {
  private final StoredBlockchain chain;
  private Hash cachedHead;
  private TrieWorldState cachedState;

  HeadStateView(StoredBlockchain chain) {
    this.chain = Objects.requireNonNull(chain, "chain");
  }

  @Override
  public synchronized long nonce(Address account) {
    return state().nonce(account);
  }

  @Override
  public synchronized Wei balance(Address account) {
    return state().balance(account);
  }

  private TrieWorldState state() {
    Hash head = chain.headHash();
    if (!head.equals(cachedHead)) {
      cachedState = chain.stateAt(head).orElseThrow(() -> new IllegalStateException("no state for head " + head));
      cachedHead = head;
    }
    return cachedState;
  }
}
