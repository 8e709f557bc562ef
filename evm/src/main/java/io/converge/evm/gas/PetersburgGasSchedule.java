package io.converge.evm.gas;

import io.converge.types.Fork;
import io.converge.types.UInt256;

/** Petersburg: Constantinople without EIP-1283, which made re-entrancy through 2300-gas calls possible. */
public class PetersburgGasSchedule extends ConstantinopleGasSchedule {
  @Override
  public Fork fork() {
    return Fork.PETERSBURG;
  }

  @Override
  public boolean sstoreNeedsOriginal() {
    return false;
  }

  @Override
  public long sstoreCost(UInt256 original, UInt256 current, UInt256 newValue) {
    return SstoreRules.legacyCost(current, newValue);
  }

  @Override
  public long sstoreRefund(UInt256 original, UInt256 current, UInt256 newValue) {
    return SstoreRules.legacyRefund(current, newValue);
  }
}
