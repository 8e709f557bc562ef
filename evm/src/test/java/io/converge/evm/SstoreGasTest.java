package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSTORE test vectors of EIP-2200 (Istanbul), EIP-1283 (Constantinople) and EIP-3529 (London). */
class SstoreGasTest {
  private static final long GAS = 100_000;

  private static void check(Fork fork, String code, long original, long usedGas, long refund, boolean warm) {
    Harness harness = Harness.on(fork);
    harness.world.withStorage(Harness.CONTRACT, UInt256.ZERO, UInt256.of(original));
    harness.withCode(Bytecode.code().raw(code));
    List<TransactionContext.AccessListEntry> access = warm
        ? List.of(new TransactionContext.AccessListEntry(Harness.CONTRACT, List.of(UInt256.ZERO)))
        : List.of();
    ExecutionResult result = harness.call(Bytes.EMPTY, Wei.ZERO, GAS, access, null);
    assertThat(result).isInstanceOf(ExecutionResult.Success.class);
    assertThat(GAS - result.gasLeft()).as("gas used").isEqualTo(usedGas);
    assertThat(((ExecutionResult.Success) result).refund()).as("refund").isEqualTo(refund);
  }

  @ParameterizedTest(name = "{0} from {3}")
  @CsvSource({
    "60006000556000600055, 1612, 0, 0",
    "60006000556001600055, 20812, 0, 0",
    "60016000556000600055, 20812, 19200, 0",
    "60016000556002600055, 20812, 0, 0",
    "60016000556001600055, 20812, 0, 0",
    "60006000556000600055, 5812, 15000, 1",
    "60006000556001600055, 5812, 4200, 1",
    "60006000556002600055, 5812, 0, 1",
    "60026000556000600055, 5812, 15000, 1",
    "60026000556003600055, 5812, 0, 1",
    "60026000556001600055, 5812, 4200, 1",
    "60026000556002600055, 5812, 0, 1",
    "60016000556000600055, 5812, 15000, 1",
    "60016000556002600055, 5812, 0, 1",
    "60016000556001600055, 1612, 0, 1",
    "600160005560006000556001600055, 40818, 19200, 0",
    "600060005560016000556000600055, 10818, 19200, 1"
  })
  void istanbulMetersNetGasPerEip2200(String code, long usedGas, long refund, long original) {
    check(Fork.ISTANBUL, code, original, usedGas, refund, false);
  }

  @ParameterizedTest(name = "{0} from {3}")
  @CsvSource({
    "60006000556000600055, 412, 0, 0",
    "60006000556001600055, 20212, 0, 0",
    "60016000556000600055, 20212, 19800, 0",
    "60016000556002600055, 20212, 0, 0",
    "60016000556001600055, 20212, 0, 0",
    "60006000556000600055, 5212, 15000, 1",
    "60006000556001600055, 5212, 4800, 1",
    "60006000556002600055, 5212, 0, 1",
    "60026000556000600055, 5212, 15000, 1",
    "60026000556003600055, 5212, 0, 1",
    "60026000556001600055, 5212, 4800, 1",
    "60026000556002600055, 5212, 0, 1",
    "60016000556000600055, 5212, 15000, 1",
    "60016000556002600055, 5212, 0, 1",
    "60016000556001600055, 412, 0, 1",
    "600160005560006000556001600055, 40218, 19800, 0",
    "600060005560016000556000600055, 10218, 19800, 1"
  })
  void constantinopleMetersNetGasPerEip1283(String code, long usedGas, long refund, long original) {
    check(Fork.CONSTANTINOPLE, code, original, usedGas, refund, false);
  }

  @ParameterizedTest(name = "{0} from {3}")
  @CsvSource({
    "60006000556000600055, 212, 0, 0",
    "60006000556001600055, 20112, 0, 0",
    "60016000556000600055, 20112, 19900, 0",
    "60016000556002600055, 20112, 0, 0",
    "60016000556001600055, 20112, 0, 0",
    "60006000556000600055, 3012, 4800, 1",
    "60006000556001600055, 3012, 2800, 1",
    "60006000556002600055, 3012, 0, 1",
    "60026000556000600055, 3012, 4800, 1",
    "60026000556003600055, 3012, 0, 1",
    "60026000556001600055, 3012, 2800, 1",
    "60026000556002600055, 3012, 0, 1",
    "60016000556000600055, 3012, 4800, 1",
    "60016000556002600055, 3012, 0, 1",
    "60016000556001600055, 212, 0, 1",
    "600160005560006000556001600055, 40118, 19900, 0",
    "600060005560016000556000600055, 5918, 7600, 1"
  })
  void londonReducesRefundsPerEip3529(String code, long usedGas, long refund, long original) {
    check(Fork.LONDON, code, original, usedGas, refund, true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PETERSBURG, 60016000556000600055, 25012, 15000", "FRONTIER, 60016000556000600055, 25012, 15000"})
  void legacyForksChargeSetAndResetOnly(Fork fork, String code, long usedGas, long refund) {
    check(fork, code, 0, usedGas, refund, false);
  }

  @ParameterizedTest(name = "{0} with {1} gas at SSTORE")
  @CsvSource({"ISTANBUL, 2300, false", "ISTANBUL, 2301, true", "CONSTANTINOPLE, 200, true"})
  void refusesToStoreWithOnlyTheStipendLeftFromIstanbul(Fork fork, long gasAtSstore, boolean succeeds) {
    Harness harness = Harness.on(fork).withCode(Bytecode.code().raw("6000600055")); // SSTORE(0, 0): a no-op store
    ExecutionResult result = harness.call(Bytes.EMPTY, Wei.ZERO, gasAtSstore + 6, List.of(), null);
    if (succeeds) {
      assertThat(result).isInstanceOf(ExecutionResult.Success.class);
    } else {
      assertThat(result).isEqualTo(new ExecutionResult.ExceptionalHalt(HaltReason.OUT_OF_GAS));
    }
  }
}
