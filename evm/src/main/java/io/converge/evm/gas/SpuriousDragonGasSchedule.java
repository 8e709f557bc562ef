package io.converge.evm.gas;

import io.converge.types.Fork;

/**
 * Spurious Dragon: EXP per byte 50 (EIP-160); empty accounts are dead, so only value sent to a dead account pays for
 * creating it, and touched empty accounts are cleared (EIP-161); code at most 24576 bytes (EIP-170).
 */
public class SpuriousDragonGasSchedule extends TangerineWhistleGasSchedule {
  @Override
  public Fork fork() {
    return Fork.SPURIOUS_DRAGON;
  }

  @Override
  public long expByte() {
    return 50;
  }

  @Override
  public long callNewAccount(boolean recipientExists, boolean recipientAlive, boolean transfersValue) {
    return transfersValue && !recipientAlive ? NEW_ACCOUNT : 0;
  }

  @Override
  public long selfDestructNewAccount(boolean beneficiaryExists, boolean beneficiaryAlive, boolean hasBalance) {
    return !beneficiaryAlive && hasBalance ? NEW_ACCOUNT : 0;
  }

  @Override
  public int maxCodeSize() {
    return 0x6000;
  }

  @Override
  public boolean clearsEmptyAccounts() {
    return true;
  }
}
