package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Fork;
import org.junit.jupiter.api.Test;

/** EIP-1153: transaction-wide, per-account values that reverts undo. */
class TransientStorageTest {
  private static final Address CALLEE = Address.fromHex("0x00000000000000000000000000000000000ca11e");

  @Test
  void valuesLiveAcrossCallsOfTheSameTransaction() {
    // Without calldata the callee TSTOREs 5 at key 1; with calldata it returns its key 1.
    Harness harness = Harness.on(Fork.CANCUN)
        .deploy(CALLEE, Bytecode.code().op(0x36).push(10).op(0x57).push(5).push(1).op(0x5d).op(0x00)
            .op(0x5b).push(1).op(0x5c).returnTop());
    Bytecode program = Bytecode.code()
        .push(0).push(0).push(0).push(0).push(0).push(CALLEE).op(0x5a).op(0xf1).op(0x50)
        .push(32).push(0).push(1).push(0).push(0).push(CALLEE).op(0x5a).op(0xf1).op(0x50)
        .push(0).op(0x51).returnTop();
    assertThat(Harness.outputWord(harness.withCode(program).call(1_000_000))).isEqualTo(5);
  }

  @Test
  void aRevertedFrameUndoesItsTransientWrites() {
    Harness harness = Harness.on(Fork.CANCUN)
        .deploy(CALLEE, Bytecode.code().push(5).push(1).op(0x5d).push(0).push(0).op(0xfd));
    Bytecode program = Bytecode.code()
        .push(0).push(0).push(0).push(0).push(0).push(CALLEE).op(0x5a).op(0xf4).op(0x50) // DELEGATECALL: our account
        .push(1).op(0x5c).returnTop();
    assertThat(Harness.outputWord(harness.withCode(program).call(1_000_000))).isZero();
  }

  @Test
  void tstoreInAStaticCallHalts() {
    Harness harness = Harness.on(Fork.CANCUN).deploy(CALLEE, Bytecode.code().push(5).push(1).op(0x5d));
    Bytecode program = Bytecode.code().push(0).push(0).push(0).push(0).push(CALLEE).op(0x5a).op(0xfa).returnTop();
    assertThat(Harness.outputWord(harness.withCode(program).call(1_000_000))).isZero();
  }
}
