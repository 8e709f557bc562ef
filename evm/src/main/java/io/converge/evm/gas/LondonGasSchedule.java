package io.converge.evm.gas;

import io.converge.types.Fork;

/**
 * London: smaller refunds (EIP-3529: no SELFDESTRUCT refund, clearing a slot refunds 4800) and no new code starting
 * with 0xEF (EIP-3541). BASEFEE is in the operation table.
 */
public class LondonGasSchedule extends BerlinGasSchedule {
  @Override
  public Fork fork() {
    return Fork.LONDON;
  }

  @Override
  public long selfDestructRefund() {
    return 0;
  }

  @Override
  protected long sstoreClearRefund() {
    return 4800; // SSTORE_RESET_GAS - COLD_SLOAD_COST + ACCESS_LIST_STORAGE_KEY_COST
  }

  @Override
  public boolean rejectsEfCode() {
    return true;
  }
}
