package io.converge.evm.tracing;

import io.converge.evm.HaltReason;
import io.converge.types.UInt256;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One executed operation in EIP-3155 terms: the state before it ran and what it cost.
 *
 * @param gas gas left before the operation
 * @param gasCost gas the operation took, including gas handed to a child call or creation
 * @param memorySize memory size in bytes before the operation
 * @param stack the stack before the operation, bottom first
 * @param depth call depth, 1 for the transaction's own frame
 * @param refund the transaction's refund counter before the operation
 * @param error why the operation halted the frame exceptionally, if it did
 */
public record OperationTrace(
    int pc,
    int opcode,
    String opName,
    long gas,
    long gasCost,
    long memorySize,
    List<UInt256> stack,
    int returnDataSize,
    int depth,
    long refund,
    Optional<HaltReason> error) {
  public OperationTrace {
    Objects.requireNonNull(opName, "opName");
    stack = List.copyOf(stack);
    Objects.requireNonNull(error, "error");
  }
}
