package io.converge.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.converge.types.Address;
import io.converge.types.Fork;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random, truncated and extended inputs of random lengths, fed to every precompile in every pricing variant: neither
 * method throws and both are deterministic. As in the EVM, compute runs only when the gas is affordable.
 */
class PrecompileRobustnessTest {
  /** A generous per-call budget: anything dearer would never be computed by the EVM. */
  private static final long GAS_BUDGET = 2_000_000;

  static Stream<Arguments> contracts() {
    return Stream.of(Fork.BYZANTIUM, Fork.ISTANBUL, Fork.BERLIN, Fork.CANCUN)
        .flatMap(fork -> Precompiles.forFork(fork).addresses().stream()
            .map(address -> Arguments.of(fork, address)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("contracts")
  void neverThrowsAndIsDeterministic(Fork fork, Address address) {
    PrecompiledContract contract = Precompiles.forFork(fork).get(address).orElseThrow();
    Random random = new Random(address.hashCode() * 31L + fork.ordinal());
    for (int i = 0; i < 60; i++) {
      byte[] input = randomInput(random, i);
      byte[] copy = input.clone();
      assertThatCode(() -> {
        long gas = contract.gasCost(input);
        assertThat(gas).isNotNegative();
        assertThat(contract.gasCost(input)).isEqualTo(gas);
        if (gas <= GAS_BUDGET) {
          PrecompileResult first = contract.compute(input);
          assertThat(first).isNotNull();
          assertThat(contract.compute(input)).isEqualTo(first);
        }
      }).as("input %s", Arrays.toString(input)).doesNotThrowAnyException();
      assertThat(input).as("input is not modified").isEqualTo(copy);
    }
  }

  /** A mix of shapes: fully random, structured lengths with random content, and small length words. */
  private static byte[] randomInput(Random random, int i) {
    int[] interesting = {0, 1, 31, 32, 63, 64, 95, 96, 127, 128, 129, 191, 192, 193, 212, 213, 214, 384, 385};
    int length = i % 3 == 0 ? random.nextInt(600) : interesting[random.nextInt(interesting.length)];
    byte[] input = new byte[length];
    random.nextBytes(input);
    if (i % 4 == 1) {
      // small declared lengths (modexp) and small round counts (blake2f) so that compute really runs
      for (int w = 0; w + 32 <= Math.min(96, length); w += 32) {
        Arrays.fill(input, w, w + 31, (byte) 0);
        input[w + 31] = (byte) random.nextInt(80);
      }
      if (length >= 4) {
        input[0] = 0;
        input[1] = 0;
      }
    }
    if (i % 5 == 2 && length == 213) {
      input[212] = (byte) random.nextInt(2);
    }
    return input;
  }
}
