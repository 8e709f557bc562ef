package io.converge.evm.gas;

import io.converge.types.Fork;
import io.converge.types.UInt256;

/**
 * Istanbul: SLOAD 800, BALANCE and EXTCODEHASH 700 (EIP-1884); net SSTORE metering again, now refusing to run with
 * 2300 gas or less left (EIP-2200). CHAINID and SELFBALANCE are in the operation table.
 */
public class IstanbulGasSchedule extends PetersburgGasSchedule {
  @Override
  public Fork fork() {
    return Fork.ISTANBUL;
  }

  @Override
  public long sload() {
    return 800;
  }

  @Override
  public long balance() {
    return 700;
  }

  @Override
  public long extCodeHash() {
    return 700;
  }

  @Override
  public boolean sstoreNeedsOriginal() {
    return true;
  }

  @Override
  public long sstoreSentry() {
    return CALL_STIPEND;
  }

  /** What writing a slot already written in this transaction costs. */
  protected long sstoreNoop() {
    return sload();
  }

  /** What the first change of a non-zero slot costs. */
  protected long sstoreReset() {
    return SstoreRules.RESET;
  }

  protected long sstoreClearRefund() {
    return SstoreRules.CLEAR_REFUND;
  }

  @Override
  public long sstoreCost(UInt256 original, UInt256 current, UInt256 newValue) {
    return SstoreRules.netCost(original, current, newValue, sstoreNoop(), sstoreReset());
  }

  @Override
  public long sstoreRefund(UInt256 original, UInt256 current, UInt256 newValue) {
    return SstoreRules.netRefund(original, current, newValue, sstoreNoop(), sstoreReset(), sstoreClearRefund());
  }
}
