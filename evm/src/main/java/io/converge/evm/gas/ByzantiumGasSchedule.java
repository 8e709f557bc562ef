package io.converge.evm.gas;

import io.converge.types.Fork;

/** Byzantium: no cost changes; REVERT, RETURNDATA*, STATICCALL are in the operation table. */
public class ByzantiumGasSchedule extends SpuriousDragonGasSchedule {
  @Override
  public Fork fork() {
    return Fork.BYZANTIUM;
  }
}
