package io.converge.evm.gas;

import io.converge.types.Fork;

/** Tangerine Whistle (EIP-150): IO-heavy operations repriced, calls and creations keep 1/64 of the gas back. */
public class TangerineWhistleGasSchedule extends HomesteadGasSchedule {
  @Override
  public Fork fork() {
    return Fork.TANGERINE_WHISTLE;
  }

  @Override
  public long sload() {
    return 200;
  }

  @Override
  public long balance() {
    return 400;
  }

  @Override
  public long extCode() {
    return 700;
  }

  @Override
  public long call() {
    return 700;
  }

  @Override
  public long selfDestruct() {
    return 5000;
  }

  @Override
  public long selfDestructNewAccount(boolean beneficiaryExists, boolean beneficiaryAlive, boolean hasBalance) {
    return beneficiaryExists ? 0 : NEW_ACCOUNT;
  }

  @Override
  public boolean capsCallGas() {
    return true;
  }
}
