package io.converge.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Fork;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashPrecompilesTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final Precompiles FRONTIER = Precompiles.forFork(Fork.FRONTIER);

  @ParameterizedTest(name = "sha256(\"{0}\")")
  @CsvSource({
    "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  })
  void sha256HashesTheWholeInput(String message, String digest) {
    assertThat(run(FRONTIER.get(Precompiles.SHA256).orElseThrow(), message)).isEqualTo(digest);
  }

  @ParameterizedTest(name = "ripemd160(\"{0}\")")
  @CsvSource({
    "'', 0000000000000000000000009c1185a5c5e9fc54612808977ee8f548b2258d31",
    "abc, 0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc",
  })
  void ripemd160IsLeftPaddedToAWord(String message, String digest) {
    assertThat(run(FRONTIER.get(Precompiles.RIPEMD160).orElseThrow(), message)).isEqualTo(digest);
  }

  @Test
  void identityReturnsACopyOfItsInput() {
    PrecompiledContract identity = FRONTIER.get(Precompiles.IDENTITY).orElseThrow();
    byte[] input = {1, 2, 3};
    PrecompileResult.Success result = (PrecompileResult.Success) identity.compute(input);
    assertThat(result.output()).containsExactly(1, 2, 3).isNotSameAs(input);
    assertThat(identity.compute(new byte[0])).isEqualTo(PrecompileResult.success(new byte[0]));
  }

  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({"0, 60, 600, 15", "1, 72, 720, 18", "32, 72, 720, 18", "33, 84, 840, 21", "1024, 444, 4440, 111"})
  void pricesPerWordRoundedUp(int length, long sha, long ripemd, long identity) {
    byte[] input = new byte[length];
    assertThat(FRONTIER.get(Precompiles.SHA256).orElseThrow().gasCost(input)).isEqualTo(sha);
    assertThat(FRONTIER.get(Precompiles.RIPEMD160).orElseThrow().gasCost(input)).isEqualTo(ripemd);
    assertThat(FRONTIER.get(Precompiles.IDENTITY).orElseThrow().gasCost(input)).isEqualTo(identity);
  }

  private static String run(PrecompiledContract contract, String message) {
    PrecompileResult result = contract.compute(message.getBytes(StandardCharsets.US_ASCII));
    return HEX.formatHex(((PrecompileResult.Success) result).output());
  }
}
