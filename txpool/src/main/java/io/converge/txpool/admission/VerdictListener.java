package io.converge.txpool.admission;

import io.converge.types.Address;
import io.converge.types.Hash;

/** Receives every verdict every policy gives, for audit logs. Called under the pool's lock: must not block. */
@FunctionalInterface
public interface VerdictListener {
  void onVerdict(Hash tx, Address sender, String policy, Verdict verdict);

  VerdictListener NONE = (tx, sender, policy, verdict) -> {};
}
