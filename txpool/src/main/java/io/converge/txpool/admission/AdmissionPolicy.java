package io.converge.txpool.admission;

import io.converge.types.Address;
import io.converge.types.transaction.Transaction;

/**
 * The port where local admission policy plugs in: the AI engine's risk scorer, deny lists, rate limits. The pool asks
 * only after the transaction has passed every protocol rule, and a policy decides only whether <em>this node</em>
 * keeps and relays it; it never affects block validity (STYLE.md rule 3), so two nodes with different policies still
 * agree on every block.
 *
 * <p>Called under the pool's lock: a policy must answer quickly and must not call back into the pool.
 */
@FunctionalInterface
public interface AdmissionPolicy {

  Verdict assess(Transaction tx, Address sender, PoolView view);

  /** A name for audit records and error attribution. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** The default: admit everything. */
  static AdmissionPolicy admitAll() {
    return new AdmissionPolicy() {
      @Override
      public Verdict assess(Transaction tx, Address sender, PoolView view) {
        return Verdict.ADMIT;
      }

      @Override
      public String name() {
        return "admit-all";
      }
    };
  }
}
