package io.converge.evm.gas;

import io.converge.types.UInt256;

/** The two SSTORE metering schemes forks switch between; each fork supplies its prices. */
final class SstoreRules {
  static final long SET = 20000;
  static final long RESET = 5000;
  static final long CLEAR_REFUND = 15000;

  private SstoreRules() {}

  /** Frontier metering: set 20000, anything else 5000; clearing a slot refunds 15000. */
  static long legacyCost(UInt256 current, UInt256 newValue) {
    return current.isZero() && !newValue.isZero() ? SET : RESET;
  }

  static long legacyRefund(UInt256 current, UInt256 newValue) {
    return !current.isZero() && newValue.isZero() ? CLEAR_REFUND : 0;
  }

  /** Net metering (EIP-1283, EIP-2200, EIP-2929, EIP-3529): only the first change of a slot in a transaction pays. */
  static long netCost(UInt256 original, UInt256 current, UInt256 newValue, long noop, long reset) {
    if (current.equals(newValue) || !original.equals(current)) {
      return noop;
    }
    return original.isZero() ? SET : reset;
  }

  static long netRefund(
      UInt256 original, UInt256 current, UInt256 newValue, long noop, long reset, long clearRefund) {
    if (current.equals(newValue)) {
      return 0;
    }
    long refund = 0;
    if (!original.isZero()) {
      if (!current.isZero() && newValue.isZero()) {
        refund += clearRefund; // cleared for the first time
      }
      if (current.isZero()) {
        refund -= clearRefund; // an earlier clear is undone
      }
    }
    if (original.equals(newValue)) {
      // Restored to the value at transaction start: give back what the first write cost beyond a no-op.
      refund += original.isZero() ? SET - noop : reset - noop;
    }
    return refund;
  }
}
