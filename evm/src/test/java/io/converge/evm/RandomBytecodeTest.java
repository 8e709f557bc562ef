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
  private static final Fork[] FORKS = {Fork.FRONTIER, Fork.HOMESTEAD, Fork.TANGERINE_WHISTLE, Fork.SPURIOUS_DRAGON,
      Fork.BYZANTIUM, Fork.CONSTANTINOPLE, Fork.PETERSBURG, Fork.ISTANBUL, Fork.BERLIN, Fork.LONDON, Fork.PARIS,
      Fork.SHANGHAI, Fork.CANCUN};
  private static final int[] USEFUL = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x10, 0x14,
      0x15, 0x16, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x20, 0x30, 0x31, 0x33, 0x34, 0x35, 0x36, 0x37, 0x39, 0x3b, 0x3c,
      0x3d, 0x3e, 0x3f, 0x40, 0x47, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d,
      0x5e, 0x5f, 0x80, 0x81, 0x82, 0x90, 0x91, 0xa0, 0xa1, 0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xfa, 0xfd, 0xff};

  /** Mostly small pushes followed by useful operations, so programs get past their first few bytes. */
  private static byte[] program(Random random) {
    Bytecode code = Bytecode.code();
    int length = 1 + random.nextInt(120);
    while (code.size() < length) {
      switch (random.nextInt(6)) {
        case 0 -> code.op(random.nextInt(256));
        case 1, 2 -> code.push(random.nextInt(random.nextBoolean() ? 8 : 70_000));
        case 3 -> code.push(Address.ofNumber(1 + random.nextInt(12)));
        default -> code.op(USEFUL[random.nextInt(USEFUL.length)]);
      }
    }
    if (random.nextInt(3) == 0) {
      // End deliberately, so that RETURN and REVERT with data are common too.
      code.push(random.nextInt(64)).push(random.nextInt(64)).op(random.nextBoolean() ? 0xf3 : 0xfd);
    }
    return code.toArray();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyProgramEndsWithADefinedResult(long seed) {
    Random random = new Random(seed);
    java.util.Map<Class<?>, Integer> outcomes = new java.util.HashMap<>();
    for (int i = 0; i < 400; i++) {
      Fork fork = FORKS[random.nextInt(FORKS.length)];
      Harness harness = Harness.on(fork);
      for (int n = 1; n <= 12; n++) {
        // Neighbours to call: random code at low addresses (some of them precompiles)
        harness.deploy(Address.ofNumber(0x100 + n), Bytecode.code().raw(Bytes.wrap(program(random)).toHex()));
      }
      harness.world.setBalance(Harness.CONTRACT, Wei.of(random.nextInt(1000)));
      harness.world.withStorage(Harness.CONTRACT, UInt256.of(1), UInt256.of(9));
      byte[] code = program(random);
      harness.withCode(Bytecode.code().raw(Bytes.wrap(code).toHex()));
      Wei senderBefore = harness.world.balance(Harness.SENDER);
      long gas = 1 + random.nextInt(3_000_000);
      Bytes input = Bytes.wrap(program(random));

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
