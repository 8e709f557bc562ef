package io.converge.evm.gas;

import io.converge.types.Fork;

/**
 * Cancun: SELFDESTRUCT only deletes contracts created in the same transaction (EIP-6780). TLOAD/TSTORE, MCOPY,
 * BLOBHASH and BLOBBASEFEE are in the operation table.
 */
public class CancunGasSchedule extends ShanghaiGasSchedule {
  @Override
  public Fork fork() {
    return Fork.CANCUN;
  }

  @Override
  public boolean selfDestructsOnlyNewContracts() {
    return true;
  }
}
