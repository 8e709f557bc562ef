package io.converge.evm.operation;

import io.converge.evm.frame.Frame;
import io.converge.evm.gas.GasSchedule;
import io.converge.types.Address;

/** EIP-2929 surcharges on top of the warm cost the operation table already charged. */
final class AccessCosts {
  private AccessCosts() {}

  /** Warms the account and returns the cold surcharge if it was cold; 0 before Berlin. */
  static long accountSurcharge(Frame f, Address address) {
    GasSchedule gas = f.context.gas;
    if (!gas.tracksAccess()) {
      return 0;
    }
    return f.context.substate.warmAccount(address) ? gas.coldAccountAccess() - GasSchedule.WARM_ACCESS : 0;
  }
}
