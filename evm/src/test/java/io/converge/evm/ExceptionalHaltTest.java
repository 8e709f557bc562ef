package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Bytes;
import io.converge.types.Fork;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExceptionalHaltTest {
  private static ExecutionResult run(Fork fork, Bytecode code) {
    return Harness.on(fork).withCode(code).call(100_000);
  }

  private static ExecutionResult halt(HaltReason reason) {
    return new ExecutionResult.ExceptionalHalt(reason);
  }

  @Test
  void jumpToANonJumpdestHalts() {
    assertThat(run(Fork.CANCUN, Bytecode.code().push(3).op(0x56, 0x00, 0x00)))
        .isEqualTo(halt(HaltReason.INVALID_JUMP_DESTINATION));
  }

  @Test
  void jumpIntoPushDataHaltsEvenOnAJumpdestByte() {
    // PUSH1 4; JUMP; PUSH1 0x5b — byte 4 is 0x5b but it is push data.
    assertThat(run(Fork.CANCUN, Bytecode.code().push(4).op(0x56).raw("605b")))
        .isEqualTo(halt(HaltReason.INVALID_JUMP_DESTINATION));
  }

  @Test
  void jumpToAHugeDestinationHalts() {
    assertThat(run(Fork.CANCUN, Bytecode.code().push(BigInteger.ONE.shiftLeft(200)).op(0x56)))
        .isEqualTo(halt(HaltReason.INVALID_JUMP_DESTINATION));
  }

  @Test
  void jumpiNotTakenIgnoresAnInvalidDestination() {
    assertThat(run(Fork.CANCUN, Bytecode.code().push(0).push(99).op(0x57).push(1).returnTop()))
        .isInstanceOf(ExecutionResult.Success.class);
  }

  @Test
  void jumpToAValidJumpdestContinuesThere() {
    Bytecode code = Bytecode.code().push(5).op(0x56).op(0xfe, 0xfe).op(0x5b).push(42).returnTop();
    assertThat(Harness.outputWord(run(Fork.CANCUN, code))).isEqualTo(42);
  }

  @Test
  void operationOnAnEmptyStackUnderflows() {
    assertThat(run(Fork.CANCUN, Bytecode.code().push(1).op(0x01))).isEqualTo(halt(HaltReason.STACK_UNDERFLOW));
  }

  @Test
  void the1025thItemOverflowsTheStack() {
    Bytecode ok = Bytecode.code();
    for (int i = 0; i < 1024; i++) {
      ok.op(0x58); // PC
    }
    assertThat(run(Fork.CANCUN, ok)).isInstanceOf(ExecutionResult.Success.class);
    assertThat(run(Fork.CANCUN, ok.op(0x58))).isEqualTo(halt(HaltReason.STACK_OVERFLOW));
  }

  @Test
  void dupOnAFullStackOverflows() {
    Bytecode code = Bytecode.code();
    for (int i = 0; i < 1024; i++) {
      code.op(0x58);
    }
    assertThat(run(Fork.CANCUN, code.op(0x80))).isEqualTo(halt(HaltReason.STACK_OVERFLOW));
  }

  @Test
  void undefinedAndDesignatedInvalidOpcodesHalt() {
    assertThat(run(Fork.CANCUN, Bytecode.code().op(0xfe))).isEqualTo(halt(HaltReason.INVALID_OPCODE));
    assertThat(run(Fork.CANCUN, Bytecode.code().op(0x0c))).isEqualTo(halt(HaltReason.INVALID_OPCODE));
    assertThat(run(Fork.CANCUN, Bytecode.code().op(0xef))).isEqualTo(halt(HaltReason.INVALID_OPCODE));
  }

  @Test
  void opcodesFromLaterForksAreInvalidBeforeThem() {
    assertThat(run(Fork.LONDON, Bytecode.code().op(0x5f))).isEqualTo(halt(HaltReason.INVALID_OPCODE));
    assertThat(run(Fork.SHANGHAI, Bytecode.code().op(0x5f))).isInstanceOf(ExecutionResult.Success.class);
    assertThat(run(Fork.SHANGHAI, Bytecode.code().push(0).op(0x5c))).isEqualTo(halt(HaltReason.INVALID_OPCODE));
    assertThat(run(Fork.BYZANTIUM, Bytecode.code().push(1).push(1).op(0x1b)))
        .isEqualTo(halt(HaltReason.INVALID_OPCODE));
    assertThat(run(Fork.FRONTIER, Bytecode.code().push(0).push(0).op(0xfd))).isEqualTo(halt(HaltReason.INVALID_OPCODE));
  }

  @Test
  void hugeMemoryOffsetRunsOutOfGas() {
    assertThat(run(Fork.CANCUN, Bytecode.code().push(BigInteger.ONE.shiftLeft(64)).op(0x51)))
        .isEqualTo(halt(HaltReason.OUT_OF_GAS));
    assertThat(run(Fork.CANCUN, Bytecode.code().push(BigInteger.TWO.pow(255)).op(0x51)))
        .isEqualTo(halt(HaltReason.OUT_OF_GAS));
    assertThat(run(Fork.CANCUN, Bytecode.code().push(1).push(0x7fff_ffffL).op(0x52)))
        .isEqualTo(halt(HaltReason.OUT_OF_GAS));
  }

  @Test
  void zeroLengthRangesIgnoreTheirOffset() {
    // RETURN(2^255, 0), KECCAK256(2^200, 0), CALLDATACOPY(2^100, 2^100, 0) all touch no memory.
    Bytecode code = Bytecode.code()
        .push(0).push(BigInteger.TWO.pow(100)).push(BigInteger.TWO.pow(100)).op(0x37)
        .push(0).push(BigInteger.TWO.pow(200)).op(0x20).op(0x50)
        .push(0).push(BigInteger.TWO.pow(255)).op(0xf3);
    ExecutionResult result = run(Fork.CANCUN, code);
    assertThat(result).isInstanceOf(ExecutionResult.Success.class);
    assertThat(result.output()).isEqualTo(Bytes.EMPTY);
  }

  @Test
  void copyingFromBeyondTheSourceFillsZeros() {
    Bytecode code = Bytecode.code().push(32).push(BigInteger.TWO.pow(80)).push(0).op(0x39).push(0).op(0x51)
        .returnTop();
    assertThat(Harness.outputWord(run(Fork.CANCUN, code))).isZero();
  }

  @Test
  void returnDataCopyPastTheEndHalts() {
    assertThat(run(Fork.CANCUN, Bytecode.code().push(1).push(0).push(0).op(0x3e)))
        .isEqualTo(halt(HaltReason.RETURN_DATA_OUT_OF_BOUNDS));
    assertThat(run(Fork.CANCUN, Bytecode.code().push(0).push(1).push(0).op(0x3e)))
        .isEqualTo(halt(HaltReason.RETURN_DATA_OUT_OF_BOUNDS));
    assertThat(run(Fork.CANCUN, Bytecode.code().push(0).push(0).push(0).op(0x3e)))
        .isInstanceOf(ExecutionResult.Success.class);
  }

  @Test
  void exceptionalHaltConsumesAllGas() {
    assertThat(run(Fork.CANCUN, Bytecode.code().op(0xfe)).gasLeft()).isZero();
  }

  @Test
  void revertReturnsRemainingGasAndOutput() {
    ExecutionResult result = run(Fork.CANCUN, Bytecode.code().push(0xab).push(0).op(0x53).push(1).push(0).op(0xfd));
    assertThat(result).isInstanceOf(ExecutionResult.Revert.class);
    assertThat(result.output()).isEqualTo(Bytes.fromHex("ab"));
    assertThat(result.gasLeft()).isEqualTo(100_000 - (6 + 3 + 3 + 6));
  }

  @Test
  void revertUndoesStorageWrites() {
    Harness harness = Harness.on(Fork.CANCUN).withCode(Bytecode.code().push(1).storeTop(0).push(0).push(0).op(0xfd));
    harness.call(100_000);
    assertThat(harness.storage(0).isZero()).isTrue();
  }
}
