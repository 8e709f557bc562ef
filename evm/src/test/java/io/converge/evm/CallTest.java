package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CallTest {
  private static final Address CALLEE = Address.fromHex("0x00000000000000000000000000000000000ca11e");

  /** CALL-family opcode with zero value (when it takes one) to {@code to}, output to memory [0, 32). */
  private static Bytecode callTo(Bytecode code, int opcode, Address to, long gas, long value) {
    code.push(32).push(0).push(0).push(0);
    if (opcode == 0xf1 || opcode == 0xf2) {
      code.push(value);
    }
    return code.push(to).push(gas).op(opcode);
  }

  @Test
  void callChain1024DeepRunsOnASmallJavaStack() throws InterruptedException {
    // counter += 1; CALL(self) — every level counts itself until the 1025th frame's CALL fails on depth.
    Bytecode code = Bytecode.code().push(0).op(0x54).push(1).op(0x01).push(0).op(0x55)
        .push(0).push(0).push(0).push(0).push(0).op(0x30).op(0x5a).op(0xf1).op(0x50);
    Harness harness = Harness.on(Fork.CANCUN).withCode(code);
    AtomicReference<ExecutionResult> result = new AtomicReference<>();
    Thread thread = new Thread(null, () -> result.set(harness.call(1_000_000_000_000L)), "small-stack", 256 * 1024);
    thread.start();
    thread.join();
    assertThat(result.get()).isInstanceOf(ExecutionResult.Success.class);
    assertThat(harness.storage(0)).isEqualTo(UInt256.of(1025));
  }

  @Test
  void childOutputLandsInMemoryAndReturnData() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().push(0x1234).returnTop());
    Bytecode caller = callTo(Bytecode.code(), 0xf1, CALLEE, 50_000, 0).op(0x3d).push(0).op(0x51).op(0x01).returnTop();
    // success flag 1 is under RETURNDATASIZE (32) + loaded word 0x1234
    assertThat(Harness.outputWord(harness.withCode(caller).call(200_000))).isEqualTo(32 + 0x1234);
  }

  @Test
  void failedChildReturnsZeroAndConsumesItsGasOnly() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().op(0xfe));
    Bytecode caller = callTo(Bytecode.code(), 0xf1, CALLEE, 50_000, 0).returnTop();
    ExecutionResult result = harness.withCode(caller).call(200_000);
    assertThat(Harness.outputWord(result)).isZero();
    // 7 pushes, CALL (100 warm? no: cold 2600), the child's 50000, then returnTop (3+3+3+3+3 mem).
    assertThat(200_000 - result.gasLeft()).isEqualTo(21 + 2600 + 50_000 + 15);
  }

  @Test
  void revertingChildKeepsItsGasAndShowsItsReasonInReturnData() {
    Harness harness = Harness.on(Fork.CANCUN)
        .deploy(CALLEE, Bytecode.code().push(0x77).push(0).op(0x53).push(1).push(0).op(0xfd));
    Bytecode caller = callTo(Bytecode.code(), 0xf1, CALLEE, 50_000, 0)
        .op(0x50).push(1).push(0).push(0).op(0x3e).push(0).op(0x51).returnTop();
    BigInteger word = Harness.outputWord(harness.withCode(caller).call(200_000));
    assertThat(word.shiftRight(248)).isEqualTo(0x77);
  }

  @Test
  void valueCallMovesBalanceAndGivesTheStipend() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().op(0x5a).returnTop());
    harness.world.setBalance(Harness.CONTRACT, Wei.of(1000));
    Bytecode caller = callTo(Bytecode.code(), 0xf1, CALLEE, 0, 300).op(0x50).push(0).op(0x51).returnTop();
    BigInteger gasSeenByCallee = Harness.outputWord(harness.withCode(caller).call(200_000));
    assertThat(gasSeenByCallee).isEqualTo(2300 - 2); // the stipend, minus GAS itself
    assertThat(harness.world.balance(CALLEE)).isEqualTo(Wei.of(300));
    assertThat(harness.world.balance(Harness.CONTRACT)).isEqualTo(Wei.of(700));
  }

  @Test
  void callWithMoreValueThanTheBalanceFailsWithoutSpendingTheGas() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().op(0x00));
    Bytecode caller = callTo(Bytecode.code(), 0xf1, CALLEE, 1000, 5).returnTop();
    ExecutionResult result = harness.withCode(caller).call(200_000);
    assertThat(Harness.outputWord(result)).isZero();
    // pushes, CALL warm 100 + cold 2500 + value 9000, then returnTop. The 1000 come back, and so does the 2300
    // stipend that was never charged: the spec credits the whole sub-call allowance.
    assertThat(200_000 - result.gasLeft()).isEqualTo(21 + 100 + 2500 + 9000 - 2300 + 15);
  }

  @Test
  void eip150LeavesOne64thWithTheCaller() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().op(0x5a).returnTop());
    Bytecode caller = callTo(Bytecode.code(), 0xf1, CALLEE, 10_000_000, 0).op(0x50).push(0).op(0x51).returnTop();
    long gas = 100_000;
    long available = gas - 21 - 100 - 2500 - 3; // pushes, CALL warm part, cold surcharge, memory for the output
    long expected = available - available / 64 - 2;
    assertThat(Harness.outputWord(harness.withCode(caller).call(gas))).isEqualTo(expected);
  }

  @Test
  void staticCallForbidsStateChanges() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().push(1).storeTop(0));
    Bytecode caller = callTo(Bytecode.code(), 0xfa, CALLEE, 50_000, 0).returnTop();
    assertThat(Harness.outputWord(harness.withCode(caller).call(200_000))).isZero();
    assertThat(harness.world.storage(CALLEE, UInt256.ZERO).isZero()).isTrue();
  }

  @Test
  void staticCallAllowsReads() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().push(0).op(0x54).returnTop());
    Bytecode caller = callTo(Bytecode.code(), 0xfa, CALLEE, 50_000, 0).returnTop();
    assertThat(Harness.outputWord(harness.withCode(caller).call(200_000))).isOne();
  }

  @Test
  void delegateCallRunsForeignCodeOnOwnStorageWithOwnCaller() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().op(0x33).storeTop(5));
    Bytecode caller = callTo(Bytecode.code(), 0xf4, CALLEE, 50_000, 0).returnTop();
    assertThat(Harness.outputWord(harness.withCode(caller).call(200_000))).isOne();
    assertThat(harness.storage(5)).isEqualTo(new UInt256(new BigInteger(1, Harness.SENDER.toArray())));
    assertThat(harness.world.storage(CALLEE, UInt256.of(5)).isZero()).isTrue();
  }

  @Test
  void callCodeRunsForeignCodeOnOwnStorageAsItself() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().op(0x33).storeTop(5));
    Bytecode caller = callTo(Bytecode.code(), 0xf2, CALLEE, 50_000, 0).returnTop();
    assertThat(Harness.outputWord(harness.withCode(caller).call(200_000))).isOne();
    assertThat(harness.storage(5)).isEqualTo(new UInt256(new BigInteger(1, Harness.CONTRACT.toArray())));
  }

  @Test
  void precompileCallReturnsItsOutput() {
    // IDENTITY (0x04) echoes its input: store 0x99 at 0, call with 32 bytes in, read output at 32.
    Bytecode caller = Bytecode.code().push(0x99).push(0).op(0x52)
        .push(32).push(32).push(32).push(0).push(Address.ofNumber(4)).push(10_000).op(0xfa).op(0x50)
        .push(32).op(0x51).returnTop();
    assertThat(Harness.outputWord(Harness.on(Fork.CANCUN).withCode(caller).call(200_000))).isEqualTo(0x99);
  }

  @Test
  void failedChildUndoesItsStorageWritesButNotTheParents() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().push(1).storeTop(0).op(0xfe));
    Bytecode caller = Bytecode.code().push(7).storeTop(1);
    callTo(caller, 0xf1, CALLEE, 50_000, 0).op(0x00);
    harness.withCode(caller).call(200_000);
    assertThat(harness.world.storage(CALLEE, UInt256.ZERO).isZero()).isTrue();
    assertThat(harness.storage(1)).isEqualTo(UInt256.of(7));
  }

  @Test
  void topLevelValueMovesWithTheCall() {
    Harness harness = Harness.on(Fork.CANCUN).withCode(Bytecode.code().op(0x34).returnTop());
    ExecutionResult result = harness.call(Bytes.EMPTY, Wei.of(55), 100_000, List.of(), null);
    assertThat(Harness.outputWord(result)).isEqualTo(55);
    assertThat(harness.world.balance(Harness.CONTRACT)).isEqualTo(Wei.of(55));
  }
}
