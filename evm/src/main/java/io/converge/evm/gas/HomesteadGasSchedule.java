package io.converge.evm.gas;

import io.converge.types.Fork;

/** Homestead: a creation that cannot pay for its code fails (EIP-2). DELEGATECALL (EIP-7) is in the operation table. */
public class HomesteadGasSchedule extends FrontierGasSchedule {
  @Override
  public Fork fork() {
    return Fork.HOMESTEAD;
  }

  @Override
  public boolean failsCreationWithoutDeposit() {
    return true;
  }
}
