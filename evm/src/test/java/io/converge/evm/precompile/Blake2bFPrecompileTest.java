package io.converge.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Fork;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Blake2bFPrecompileTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final PrecompiledContract BLAKE2F =
      Precompiles.forFork(Fork.ISTANBUL).get(Precompiles.BLAKE2F).orElseThrow();
  /** h, m ("abc"), t = 3 of EIP-152's vectors, between the round count and the flag. */
  private static final String BODY =
      "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b"
          + "6162630000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          + "03000000000000000000000000000000";

  /** EIP-152 test vectors 4 to 7. */
  @ParameterizedTest(name = "EIP-152 vector {0}")
  @CsvSource({
    "4, 00000000, 01, 08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b, 0",
    "5, 0000000c, 01, ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923, 12",
    "6, 0000000c, 00, 75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735, 12",
    "7, 00000001, 01, b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fba551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421, 1",
  })
  void compressesEip152Vectors(int vector, String rounds, String flag, String expected, long gas) {
    byte[] input = HEX.parseHex(rounds + BODY + flag);
    assertThat(input).hasSize(213);
    assertThat(BLAKE2F.gasCost(input)).isEqualTo(gas);
    PrecompileResult result = BLAKE2F.compute(input);
    assertThat(HEX.formatHex(((PrecompileResult.Success) result).output())).isEqualTo(expected);
  }

  @Test
  void chargesOneGasPerRoundUpToTheUnsigned32BitMaximum() {
    // EIP-152 vector 8 (2^32 - 1 rounds) is priced, not run.
    assertThat(BLAKE2F.gasCost(HEX.parseHex("ffffffff" + BODY + "01"))).isEqualTo(4_294_967_295L);
  }

  /** EIP-152 vectors 0 to 3: wrong lengths and a flag other than 0 or 1 fail the call. */
  @ParameterizedTest(name = "EIP-152 vector {0}")
  @CsvSource({
    "0, ''",
    "1, 00000c" + BODY + "01",
    "2, 000000000c" + BODY + "01",
    "3, 0000000c" + BODY + "02",
  })
  void rejectsMalformedInput(int vector, String input) {
    assertThat(BLAKE2F.compute(HEX.parseHex(input))).isInstanceOf(PrecompileResult.Failure.class);
  }

  @Test
  void wrongLengthCostsNothingBeforeFailing() {
    assertThat(BLAKE2F.gasCost(new byte[212])).isZero();
    assertThat(BLAKE2F.gasCost(new byte[214])).isZero();
    assertThat(BLAKE2F.compute(new byte[214])).isInstanceOf(PrecompileResult.Failure.class);
  }

  @Test
  void existsFromIstanbulOnly() {
    assertThat(Precompiles.forFork(Fork.PETERSBURG).contains(Precompiles.BLAKE2F)).isFalse();
    assertThat(Precompiles.forFork(Fork.ISTANBUL).contains(Precompiles.BLAKE2F)).isTrue();
  }
}
