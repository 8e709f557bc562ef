package io.converge.referencetests.state;

import io.converge.state.StateDatabase;
import io.converge.state.TrieWorldState;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import java.lang.ref.SoftReference;
import java.util.Map;

/**
 * A test's pre-state, committed once to an in-memory database and reopened fresh for each of the test's cases (a
 * commit only adds nodes, so the pre-state root stays readable). Held softly, so a long run does not keep every test's
 * database alive.
 */
final class PreState {
  private final StateTest test;
  private SoftReference<Built> built = new SoftReference<>(null);

  private record Built(StateDatabase database, Hash root) {}

  PreState(StateTest test) {
    this.test = test;
  }

  /** A fresh world state at the pre-state root. */
  synchronized TrieWorldState open() {
    Built b = built.get();
    if (b == null) {
      b = build();
      built = new SoftReference<>(b);
    }
    return b.database().at(b.root());
  }

  private Built build() {
    StateDatabase db = StateDatabase.inMemory();
    TrieWorldState state = db.empty();
    for (StateTest.PreAccount a : test.pre()) {
      state.ensureExists(a.address());
      state.setNonce(a.address(), a.nonce());
      state.setBalance(a.address(), a.balance());
      if (!a.code().isEmpty()) {
        state.setCode(a.address(), a.code());
      }
      for (Map.Entry<UInt256, UInt256> slot : a.storage().entrySet()) {
        if (!slot.getValue().isZero()) {
          state.setStorage(a.address(), slot.getKey(), slot.getValue());
        }
      }
    }
    return new Built(db, state.commit());
  }
}
