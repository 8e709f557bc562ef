package io.converge.evm.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.evm.Bytecode;
import io.converge.evm.ExecutionResult;
import io.converge.evm.HaltReason;
import io.converge.evm.Harness;
import io.converge.evm.gas.GasSchedule;
import io.converge.types.Fork;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OperationTableTest {
  private static Set<Integer> defined(Fork fork) {
    OperationTable table = OperationTable.forFork(fork, GasSchedule.forFork(fork));
    Set<Integer> out = new HashSet<>();
    IntStream.range(0, 256).filter(table::isDefined).forEach(out::add);
    return out;
  }

  @Test
  void eachForkAddsExactlyItsOpcodes() {
    assertThat(defined(Fork.FRONTIER)).hasSize(129);
    assertThat(diff(Fork.HOMESTEAD, Fork.FRONTIER)).containsExactly(0xf4);
    assertThat(diff(Fork.TANGERINE_WHISTLE, Fork.HOMESTEAD)).isEmpty();
    assertThat(diff(Fork.BYZANTIUM, Fork.SPURIOUS_DRAGON)).containsExactlyInAnyOrder(0x3d, 0x3e, 0xfa, 0xfd);
    assertThat(diff(Fork.CONSTANTINOPLE, Fork.BYZANTIUM)).containsExactlyInAnyOrder(0x1b, 0x1c, 0x1d, 0x3f, 0xf5);
    assertThat(diff(Fork.ISTANBUL, Fork.PETERSBURG)).containsExactlyInAnyOrder(0x46, 0x47);
    assertThat(diff(Fork.LONDON, Fork.BERLIN)).containsExactly(0x48);
    assertThat(diff(Fork.SHANGHAI, Fork.PARIS)).containsExactly(0x5f);
    assertThat(diff(Fork.CANCUN, Fork.SHANGHAI)).containsExactlyInAnyOrder(0x49, 0x4a, 0x5c, 0x5d, 0x5e);
  }

  private static Set<Integer> diff(Fork later, Fork earlier) {
    Set<Integer> out = new HashSet<>(defined(later));
    out.removeAll(defined(earlier));
    assertThat(defined(later)).containsAll(defined(earlier));
    return out;
  }

  @ParameterizedTest
  @EnumSource(value = Fork.class, names = {"FRONTIER", "BYZANTIUM", "ISTANBUL", "LONDON", "CANCUN"})
  void everyUndefinedOpcodeHaltsWhateverTheStack(Fork fork) {
    Set<Integer> defined = defined(fork);
    for (int opcode = 0; opcode < 256; opcode++) {
      if (defined.contains(opcode)) {
        continue;
      }
      for (int items : new int[] {0, 3, 200}) {
        Bytecode code = Bytecode.code();
        for (int i = 0; i < items; i++) {
          code.op(0x58); // PC
        }
        ExecutionResult result = Harness.on(fork).withCode(code.op(opcode)).call(100_000);
        assertThat(result).as("opcode 0x%02x with %d items on %s", opcode, items, fork)
            .isEqualTo(new ExecutionResult.ExceptionalHalt(HaltReason.INVALID_OPCODE));
      }
    }
  }

  @Test
  void pricesFollowTheSchedule() {
    OperationTable tangerine = OperationTable.forFork(Fork.TANGERINE_WHISTLE, GasSchedule.forFork(Fork.TANGERINE_WHISTLE));
    assertThat(tangerine.constantGas(Opcodes.SLOAD)).isEqualTo(200);
    assertThat(tangerine.constantGas(Opcodes.CALL)).isEqualTo(700);
    OperationTable berlin = OperationTable.forFork(Fork.BERLIN, GasSchedule.forFork(Fork.BERLIN));
    assertThat(berlin.constantGas(Opcodes.SLOAD)).isEqualTo(100);
    assertThat(berlin.constantGas(Opcodes.BALANCE)).isEqualTo(100);
  }
}
