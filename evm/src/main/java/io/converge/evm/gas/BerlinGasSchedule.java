package io.converge.evm.gas;

import io.converge.types.Fork;

/**
 * Berlin (EIP-2929): the first access to an account or slot in a transaction is cold and costs 2600 / 2100; later ones
 * are warm at 100. The operation table charges the warm cost; the operations add the cold surcharge.
 */
public class BerlinGasSchedule extends IstanbulGasSchedule {
  @Override
  public Fork fork() {
    return Fork.BERLIN;
  }

  @Override
  public long sload() {
    return WARM_ACCESS;
  }

  @Override
  public long balance() {
    return WARM_ACCESS;
  }

  @Override
  public long extCode() {
    return WARM_ACCESS;
  }

  @Override
  public long extCodeHash() {
    return WARM_ACCESS;
  }

  @Override
  public long call() {
    return WARM_ACCESS;
  }

  @Override
  public long coldAccountAccess() {
    return 2600;
  }

  @Override
  public long coldSload() {
    return 2100;
  }

  @Override
  protected long sstoreReset() {
    // The cold surcharge is charged separately, so the first change of a slot costs 5000 - 2100.
    return SstoreRules.RESET - coldSload();
  }
}
