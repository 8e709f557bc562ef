package io.converge.evm.gas;

import io.converge.types.Fork;
import io.converge.types.UInt256;

/**
 * Constantinople: net gas metering for SSTORE without a sentry (EIP-1283); SHL/SHR/SAR, CREATE2 and EXTCODEHASH
 * (EIP-1052, priced 400) are in the operation table.
 */
public class ConstantinopleGasSchedule extends ByzantiumGasSchedule {
  @Override
  public Fork fork() {
    return Fork.CONSTANTINOPLE;
  }

  @Override
  public boolean sstoreNeedsOriginal() {
    return true;
  }

  @Override
  public long sstoreCost(UInt256 original, UInt256 current, UInt256 newValue) {
    return SstoreRules.netCost(original, current, newValue, sload(), SstoreRules.RESET);
  }

  @Override
  public long sstoreRefund(UInt256 original, UInt256 current, UInt256 newValue) {
    return SstoreRules.netRefund(original, current, newValue, sload(), SstoreRules.RESET, SstoreRules.CLEAR_REFUND);
  }
}
