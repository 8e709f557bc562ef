package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Fork;
import io.converge.types.UInt256;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GasCostTest {
  private static final long GAS = 1_000_000;

  private static long gasUsed(Fork fork, Bytecode code) {
    ExecutionResult result = Harness.on(fork).withCode(code).call(GAS);
    assertThat(result).isInstanceOf(ExecutionResult.Success.class);
    return GAS - result.gasLeft();
  }

  @Test
  void chargesVeryLowForPushesAndAdd() {
    assertThat(gasUsed(Fork.CANCUN, Bytecode.code().push(1).push(2).op(0x01))).isEqualTo(9);
  }

  @Test
  void chargesLinearAndQuadraticMemoryExpansion() {
    // 32 words: 3*32 + 32*32/512 = 98, plus three operations at 3.
    assertThat(gasUsed(Fork.CANCUN, Bytecode.code().push(1).push(992).op(0x52))).isEqualTo(9 + 98);
    // Expanding again inside paid memory costs nothing extra.
    assertThat(gasUsed(Fork.CANCUN, Bytecode.code().push(1).push(992).op(0x52).push(1).push(0).op(0x52)))
        .isEqualTo(9 + 98 + 9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"FRONTIER, 30", "TANGERINE_WHISTLE, 30", "SPURIOUS_DRAGON, 110", "CANCUN, 110"})
  void chargesExpPerExponentByteAsEip160Priced(Fork fork, long expCost) {
    assertThat(gasUsed(fork, Bytecode.code().push(0x100).push(2).op(0x0a))).isEqualTo(6 + expCost);
  }

  @Test
  void chargesKeccakPerWordPlusMemory() {
    // 30 + 6 per word (2 words) + memory for 2 words (6)
    assertThat(gasUsed(Fork.CANCUN, Bytecode.code().push(64).push(0).op(0x20))).isEqualTo(6 + 30 + 12 + 6);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"FRONTIER, 50", "TANGERINE_WHISTLE, 200", "ISTANBUL, 800", "BERLIN, 2100", "CANCUN, 2100"})
  void chargesSloadAsEachForkPricedIt(Fork fork, long sloadCost) {
    assertThat(gasUsed(fork, Bytecode.code().push(0).op(0x54))).isEqualTo(3 + sloadCost);
  }

  @Test
  void chargesWarmSloadAfterTheFirstAccess() {
    assertThat(gasUsed(Fork.CANCUN, Bytecode.code().push(0).op(0x54).push(0).op(0x54))).isEqualTo(6 + 2100 + 100);
  }

  @Test
  void accessListMakesTheFirstSloadWarm() {
    Harness harness = Harness.on(Fork.CANCUN).withCode(Bytecode.code().push(7).op(0x54));
    ExecutionResult result = harness.call(io.converge.types.Bytes.EMPTY, io.converge.types.Wei.ZERO, GAS,
        List.of(new TransactionContext.AccessListEntry(Harness.CONTRACT, List.of(UInt256.of(7)))), null);
    assertThat(GAS - result.gasLeft()).isEqualTo(3 + 100);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"FRONTIER, 20", "TANGERINE_WHISTLE, 400", "ISTANBUL, 700", "CANCUN, 2600"})
  void chargesBalanceOfAnotherAccountAsEachForkPricedIt(Fork fork, long balanceCost) {
    assertThat(gasUsed(fork, Bytecode.code().push(0xdead).op(0x31))).isEqualTo(3 + balanceCost);
  }

  @Test
  void treatsTheCoinbaseAsWarmFromShanghai() {
    Bytecode code = Bytecode.code().push(Harness.COINBASE).op(0x31);
    assertThat(gasUsed(Fork.LONDON, code)).isEqualTo(3 + 2600);
    assertThat(gasUsed(Fork.SHANGHAI, code)).isEqualTo(3 + 100);
  }

  @Test
  void chargesCopiesPerWordPlusMemory() {
    // CALLDATACOPY(0, 0, 33): 3 + 3 * 2 words + memory for 2 words
    assertThat(gasUsed(Fork.CANCUN, Bytecode.code().push(33).push(0).push(0).op(0x37))).isEqualTo(9 + 3 + 6 + 6);
  }

  @Test
  void chargesLogsForTopicsAndData() {
    // LOG2 with 10 bytes: 375 + 2 * 375 + 8 * 10 + memory for 1 word
    Bytecode code = Bytecode.code().push(1).push(2).push(10).push(0).op(0xa2);
    assertThat(gasUsed(Fork.CANCUN, code)).isEqualTo(12 + 375 + 750 + 80 + 3);
  }

  @Test
  void chargesTransientStorageAtWarmPrice() {
    assertThat(gasUsed(Fork.CANCUN, Bytecode.code().push(5).push(1).op(0x5d).push(1).op(0x5c)))
        .isEqualTo(9 + 100 + 100);
  }

  @Test
  void runsOutOfGasExactlyAtTheBoundary() {
    Bytecode code = Bytecode.code().push(1).push(992).op(0x52).push(64).push(0).op(0x20);
    long cost = 9 + 98 + 6 + 30 + 12;
    assertThat(Harness.on(Fork.CANCUN).withCode(code).call(cost))
        .isEqualTo(new ExecutionResult.Success(0, 0, io.converge.types.Bytes.EMPTY, List.of(),
            java.util.Set.of(), java.util.Set.of(Harness.CONTRACT)));
    assertThat(Harness.on(Fork.CANCUN).withCode(code).call(cost - 1))
        .isEqualTo(new ExecutionResult.ExceptionalHalt(HaltReason.OUT_OF_GAS));
  }
}
