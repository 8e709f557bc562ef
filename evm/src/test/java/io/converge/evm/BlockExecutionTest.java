package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.evm.tracing.OperationTrace;
import io.converge.evm.tracing.Tracer;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Wei;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interpreter pays for whole basic blocks when it can (its fast path) and for each operation when tracing (the
 * plain path). Both must end every program the same way: same result, same gas, same world.
 */
class BlockExecutionTest {
  private static final Tracer IGNORE = trace -> {};

  private record Run(ExecutionResult result, String world) {}

  private static Run run(Fork fork, long seed, Tracer tracer) {
    Random random = new Random(seed);
    Harness harness = Harness.on(fork);
    for (int n = 1; n <= 12; n++) {
      harness.deploy(Address.ofNumber(0x100 + n), Bytecode.code().raw(Bytes.wrap(RandomPrograms.program(random)).toHex()));
    }
    harness.world.setBalance(Harness.CONTRACT, Wei.of(random.nextInt(1000)));
    harness.withCode(Bytecode.code().raw(Bytes.wrap(RandomPrograms.program(random)).toHex()));
    long gas = 1 + random.nextInt(3_000_000);
    Bytes input = Bytes.wrap(RandomPrograms.program(random));
    ExecutionResult result = harness.call(input, Wei.ZERO, gas, List.of(), tracer);
    return new Run(result, harness.world.contents());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void blockAndOperationByOperationExecutionAgree(long seed) {
    Random seeds = new Random(seed);
    for (int i = 0; i < 300; i++) {
      long programSeed = seeds.nextLong();
      Fork fork = RandomPrograms.FORKS[Math.floorMod(programSeed, RandomPrograms.FORKS.length)];
      Run fast = run(fork, programSeed, null);
      Run plain = run(fork, programSeed, IGNORE);
      String what = "program seed " + programSeed + " on " + fork;
      assertThat(fast.result().getClass()).as(what).isEqualTo(plain.result().getClass());
      assertThat(fast.result().gasLeft()).as(what).isEqualTo(plain.result().gasLeft());
      assertThat(fast.result().output()).as(what).isEqualTo(plain.result().output());
      if (!(plain.result() instanceof ExecutionResult.ExceptionalHalt)) {
        // An exceptional halt may be reported for a different reason: the block pays for operations the plain path
        // never reaches. Everything else must be identical.
        assertThat(fast.result()).as(what).isEqualTo(plain.result());
      }
      assertThat(fast.world()).as(what).isEqualTo(plain.world());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"620f42405b600190038060045700", "6000356000525b600051600190038060005260065700"})
  void loopsCostTheSameOnBothPaths(String code) {
    Harness fast = Harness.on(Fork.CANCUN).withCode(Bytecode.code().raw(code));
    Harness plain = Harness.on(Fork.CANCUN).withCode(Bytecode.code().raw(code));
    Bytes input = Bytes.fromHex("00000000000000000000000000000000000000000000000000000000000003e8");
    List<OperationTrace> ignored = new java.util.ArrayList<>();
    ExecutionResult a = fast.call(input, Wei.ZERO, 50_000_000, List.of(), null);
    ExecutionResult b = plain.call(input, Wei.ZERO, 50_000_000, List.of(), ignored::add);
    assertThat(a).isEqualTo(b);
    assertThat(ignored).isNotEmpty();
  }
}
