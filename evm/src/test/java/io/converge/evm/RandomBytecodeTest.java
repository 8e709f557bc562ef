package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random programs, seeded: whatever the bytes, the interpreter ends with a defined result and no Java exception. */
class RandomBytecodeTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyProgramEndsWithADefinedResult(long seed) {
    Random random = new Random(seed);
    java.util.Map<Class<?>, Integer> outcomes = new java.util.HashMap<>();
    for (int i = 0; i < 400; i++) {
      Fork fork = RandomPrograms.FORKS[random.nextInt(RandomPrograms.FORKS.length)];
      Harness harness = Harness.on(fork);
      for (int n = 1; n <= 12; n++) {
        // Neighbours to call: random code at low addresses (some of them precompiles)
        harness.deploy(Address.ofNumber(0x100 + n), Bytecode.code().raw(Bytes.wrap(RandomPrograms.program(random)).toHex()));
      }
      harness.world.setBalance(Harness.CONTRACT, Wei.of(random.nextInt(1000)));
      harness.world.withStorage(Harness.CONTRACT, UInt256.of(1), UInt256.of(9));
      byte[] code = RandomPrograms.program(random);
      harness.withCode(Bytecode.code().raw(Bytes.wrap(code).toHex()));
      Wei senderBefore = harness.world.balance(Harness.SENDER);
      long gas = 1 + random.nextInt(3_000_000);
      Bytes input = Bytes.wrap(RandomPrograms.program(random));

      ExecutionResult result = harness.call(input, Wei.ZERO, gas, List.of(), null);

      assertThat(result).as("seed %d program %d on %s: %s", seed, i, fork, Bytes.wrap(code)).isNotNull();
      assertThat(result.gasLeft()).isBetween(0L, gas);
      if (result instanceof ExecutionResult.ExceptionalHalt) {
        assertThat(result.gasLeft()).isZero();
        assertThat(harness.world.storage(Harness.CONTRACT, UInt256.of(1))).isEqualTo(UInt256.of(9));
      }
      assertThat(harness.world.balance(Harness.SENDER)).isEqualTo(senderBefore);
      outcomes.merge(result.getClass(), 1, Integer::sum);
    }
    // The generator must reach every kind of ending, or it tests less than it claims.
    assertThat(outcomes).containsKeys(
        ExecutionResult.Success.class, ExecutionResult.Revert.class, ExecutionResult.ExceptionalHalt.class);
  }
}
