package io.converge.protocol.transaction;

import io.converge.evm.BlockContext;
import io.converge.evm.ExecutionResult;
import io.converge.evm.MessageCall;
import io.converge.evm.TransactionContext;
import io.converge.protocol.fork.ForkRules;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.util.Objects;

/**
 * Calls the protocol makes itself at the start of a block, outside any transaction: no sender pays, no nonce moves, no
 * gas counts against the block.
 */
public final class SystemCalls {
  /** The caller of system calls (EIP-4788 SYSTEM_ADDRESS). */
  public static final Address SYSTEM_ADDRESS = Address.fromHex("fffffffffffffffffffffffffffffffffffffffe");
  /** Gas a system call may use (EIP-4788 SYSTEM_TRANSACTION_GAS). */
  public static final long SYSTEM_CALL_GAS = 30_000_000L;

  private final ForkRules rules;
  private final MessageExecutor executor;

  public SystemCalls(ForkRules rules, MessageExecutor executor) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * EIP-4788: hands the parent beacon block root to the beacon roots contract, which stores it by timestamp. Does
   * nothing before Cancun; if the contract has no code the call succeeds without effect, as the EIP requires.
   */
  public void storeBeaconRoot(TrieWorldState world, BlockContext block, Hash parentBeaconBlockRoot) {
    if (rules.beaconRootsAddress().isEmpty()) {
      return;
    }
    Address contract = rules.beaconRootsAddress().get();
    MessageCall call = MessageCall.call(SYSTEM_ADDRESS, contract, Wei.ZERO, parentBeaconBlockRoot.toBytes(),
        SYSTEM_CALL_GAS);
    ExecutionResult result = executor.execute(call, world, TransactionContext.of(SYSTEM_ADDRESS, block.baseFee()),
        block, null);
    if (result instanceof ExecutionResult.Success s && rules.clearsEmptyAccounts()) {
      for (Address a : s.touchedAccounts()) {
        if (world.exists(a) && world.isEmpty(a)) {
          world.deleteAccount(a); // the call touches the contract address even when nothing is deployed there
        }
      }
    }
    world.finishTransaction();
  }
}
