package io.converge.evm.gas;

import io.converge.types.Fork;

/** Shanghai: the coinbase starts warm (EIP-3651); init code is limited and metered per word (EIP-3860). */
public class ShanghaiGasSchedule extends LondonGasSchedule {
  @Override
  public Fork fork() {
    return Fork.SHANGHAI;
  }

  @Override
  public boolean warmsCoinbase() {
    return true;
  }

  @Override
  public long initCodeWord() {
    return 2;
  }

  @Override
  public int maxInitCodeSize() {
    return 2 * maxCodeSize();
  }
}
