package io.converge.evm.operation;

import static io.converge.evm.operation.Opcodes.*;

import io.converge.evm.frame.Frame;

/**
 * Dispatch for the operations that need the whole frame (the world, the substate, other frames). The interpreter has
 * checked their stack bounds and charged their constant gas; each returns a {@link Frame} status.
 */
final class FrameOperations {
  private FrameOperations() {}

  static int execute(Frame f, int op) {
    return switch (op) {
      case KECCAK256 -> MemoryOperations.keccak256(f);
      case ADDRESS -> EnvironmentOperations.address(f);
      case BALANCE -> EnvironmentOperations.balance(f);
      case ORIGIN -> EnvironmentOperations.origin(f);
      case CALLER -> EnvironmentOperations.caller(f);
      case CALLDATACOPY -> MemoryOperations.callDataCopy(f);
      case CODESIZE -> EnvironmentOperations.codeSize(f);
      case CODECOPY -> MemoryOperations.codeCopy(f);
      case GASPRICE -> EnvironmentOperations.gasPrice(f);
      case EXTCODESIZE -> EnvironmentOperations.extCodeSize(f);
      case EXTCODECOPY -> MemoryOperations.extCodeCopy(f);
      case RETURNDATASIZE -> EnvironmentOperations.returnDataSize(f);
      case RETURNDATACOPY -> MemoryOperations.returnDataCopy(f);
      case EXTCODEHASH -> EnvironmentOperations.extCodeHash(f);
      case BLOCKHASH -> BlockOperations.blockHash(f);
      case COINBASE -> BlockOperations.coinbase(f);
      case TIMESTAMP -> BlockOperations.timestamp(f);
      case NUMBER -> BlockOperations.number(f);
      case PREVRANDAO -> BlockOperations.prevRandao(f);
      case GASLIMIT -> BlockOperations.gasLimit(f);
      case CHAINID -> BlockOperations.chainId(f);
      case SELFBALANCE -> EnvironmentOperations.selfBalance(f);
      case BASEFEE -> BlockOperations.baseFee(f);
      case BLOBHASH -> BlockOperations.blobHash(f);
      case BLOBBASEFEE -> BlockOperations.blobBaseFee(f);
      case SLOAD -> StorageOperations.sload(f);
      case SSTORE -> StorageOperations.sstore(f);
      case TLOAD -> StorageOperations.tload(f);
      case TSTORE -> StorageOperations.tstore(f);
      case MCOPY -> MemoryOperations.mcopy(f);
      case LOG0, 0xa1, 0xa2, 0xa3, LOG4 -> LogOperations.log(f, op - LOG0);
      case CREATE, CREATE2 -> CreateOperations.create(f, op == CREATE2);
      case CALL, CALLCODE, DELEGATECALL, STATICCALL -> CallOperations.call(f, op);
      case RETURN -> SystemOperations.returnOrRevert(f, Frame.SUCCESS);
      case REVERT -> SystemOperations.returnOrRevert(f, Frame.REVERTED);
      case SELFDESTRUCT -> SystemOperations.selfDestruct(f);
      // The table admits only defined opcodes, and the interpreter runs all the others itself.
      default -> throw new IllegalStateException("no frame operation for " + Opcodes.name(op));
    };
  }
}
