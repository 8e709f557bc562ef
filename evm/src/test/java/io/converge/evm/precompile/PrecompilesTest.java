package io.converge.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Fork;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PrecompilesTest {
  @ParameterizedTest(name = "{0} has 0x01..0x{1}")
  @CsvSource({
    "FRONTIER, 4", "HOMESTEAD, 4", "TANGERINE_WHISTLE, 4", "SPURIOUS_DRAGON, 4",
    "BYZANTIUM, 8", "CONSTANTINOPLE, 8", "PETERSBURG, 8",
    "ISTANBUL, 9", "MUIR_GLACIER, 9", "BERLIN, 9", "LONDON, 9", "PARIS, 9", "SHANGHAI, 9",
    "CANCUN, 10",
  })
  void eachForkHasItsContiguousRangeOfPrecompiles(Fork fork, int highest) {
    Precompiles precompiles = Precompiles.forFork(fork);
    assertThat(precompiles.addresses())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, highest).mapToObj(Address::ofNumber).toList());
    assertThat(precompiles.contains(Address.ofNumber(highest + 1))).isFalse();
    assertThat(precompiles.get(Address.ofNumber(highest + 1))).isEmpty();
    assertThat(precompiles.contains(Address.ZERO)).isFalse();
  }

  @Test
  void bn254IsRepricedInIstanbul() {
    byte[] twoPairs = new byte[2 * 192];
    assertThat(gas(Fork.BYZANTIUM, Precompiles.BN254_ADD, new byte[0])).isEqualTo(500);
    assertThat(gas(Fork.BYZANTIUM, Precompiles.BN254_MUL, new byte[0])).isEqualTo(40_000);
    assertThat(gas(Fork.BYZANTIUM, Precompiles.BN254_PAIRING, twoPairs)).isEqualTo(100_000 + 2 * 80_000);
    assertThat(gas(Fork.PETERSBURG, Precompiles.BN254_ADD, new byte[0])).isEqualTo(500);
    assertThat(gas(Fork.ISTANBUL, Precompiles.BN254_ADD, new byte[0])).isEqualTo(150);
    assertThat(gas(Fork.ISTANBUL, Precompiles.BN254_MUL, new byte[0])).isEqualTo(6_000);
    assertThat(gas(Fork.ISTANBUL, Precompiles.BN254_PAIRING, twoPairs)).isEqualTo(45_000 + 2 * 34_000);
    assertThat(gas(Fork.CANCUN, Precompiles.BN254_PAIRING, new byte[0])).isEqualTo(45_000);
  }

  @Test
  void modexpIsRepricedInBerlin() {
    // EIP-198/EIP-2565 example 1: 3^(p-1) mod p with 32-byte operands.
    byte[] input = ModExpPrecompileTest.EIP_EXAMPLE_1;
    assertThat(gas(Fork.BYZANTIUM, Precompiles.MODEXP, input)).isEqualTo(13_056);
    assertThat(gas(Fork.MUIR_GLACIER, Precompiles.MODEXP, input)).isEqualTo(13_056);
    assertThat(gas(Fork.BERLIN, Precompiles.MODEXP, input)).isEqualTo(1_360);
    assertThat(gas(Fork.CANCUN, Precompiles.MODEXP, input)).isEqualTo(1_360);
  }

  @ParameterizedTest
  @EnumSource(Fork.class)
  void fixedPricesHoldInEveryFork(Fork fork) {
    assertThat(gas(fork, Precompiles.ECRECOVER, new byte[0])).isEqualTo(3000);
    assertThat(gas(fork, Precompiles.SHA256, new byte[33])).isEqualTo(60 + 2 * 12);
    assertThat(gas(fork, Precompiles.RIPEMD160, new byte[32])).isEqualTo(600 + 120);
    assertThat(gas(fork, Precompiles.IDENTITY, new byte[0])).isEqualTo(15);
    if (fork.isAtLeast(Fork.CANCUN)) {
      assertThat(gas(fork, Precompiles.POINT_EVALUATION, new byte[192])).isEqualTo(50_000);
    }
  }

  @Test
  void instancesAreSharedPerFork() {
    assertThat(Precompiles.forFork(Fork.CANCUN)).isSameAs(Precompiles.forFork(Fork.CANCUN));
  }

  private static long gas(Fork fork, Address address, byte[] input) {
    return Precompiles.forFork(fork).get(address).orElseThrow().gasCost(input);
  }
}
