package io.converge.evm.gas;

import io.converge.types.Fork;
import io.converge.types.UInt256;

/** Frontier: the original yellow-paper costs. */
public class FrontierGasSchedule implements GasSchedule {
  @Override
  public Fork fork() {
    return Fork.FRONTIER;
  }

  @Override
  public long expByte() {
    return 10;
  }

  @Override
  public long sload() {
    return 50;
  }

  @Override
  public long balance() {
    return 20;
  }

  @Override
  public long extCode() {
    return 20;
  }

  @Override
  public long extCodeHash() {
    // EXTCODEHASH arrives in Constantinople; the operation table does not offer it before.
    return 400;
  }

  @Override
  public long call() {
    return 40;
  }

  @Override
  public long selfDestruct() {
    return 0;
  }

  @Override
  public long selfDestructRefund() {
    return 24000;
  }

  @Override
  public long coldAccountAccess() {
    return 0;
  }

  @Override
  public long coldSload() {
    return 0;
  }

  @Override
  public long callNewAccount(boolean recipientExists, boolean recipientAlive, boolean transfersValue) {
    return recipientExists ? 0 : NEW_ACCOUNT;
  }

  @Override
  public long selfDestructNewAccount(boolean beneficiaryExists, boolean beneficiaryAlive, boolean hasBalance) {
    return 0;
  }

  @Override
  public boolean capsCallGas() {
    return false;
  }

  @Override
  public long initCodeWord() {
    return 0;
  }

  @Override
  public int maxInitCodeSize() {
    return Integer.MAX_VALUE;
  }

  @Override
  public int maxCodeSize() {
    return Integer.MAX_VALUE;
  }

  @Override
  public boolean sstoreNeedsOriginal() {
    return false;
  }

  @Override
  public long sstoreSentry() {
    return 0;
  }

  @Override
  public long sstoreCost(UInt256 original, UInt256 current, UInt256 newValue) {
    return SstoreRules.legacyCost(current, newValue);
  }

  @Override
  public long sstoreRefund(UInt256 original, UInt256 current, UInt256 newValue) {
    return SstoreRules.legacyRefund(current, newValue);
  }

  @Override
  public boolean clearsEmptyAccounts() {
    return false;
  }

  @Override
  public boolean failsCreationWithoutDeposit() {
    return false;
  }

  @Override
  public boolean rejectsEfCode() {
    return false;
  }

  @Override
  public boolean selfDestructsOnlyNewContracts() {
    return false;
  }

  @Override
  public boolean warmsCoinbase() {
    return false;
  }
}
