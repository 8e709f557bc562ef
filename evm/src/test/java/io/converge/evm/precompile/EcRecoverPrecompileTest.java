package io.converge.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Fork;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcRecoverPrecompileTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final PrecompiledContract ECRECOVER =
      Precompiles.forFork(Fork.CANCUN).get(Precompiles.ECRECOVER).orElseThrow();
  private static final String HASH = "18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c";
  private static final String R = "73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f";
  private static final String S = "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549";

  /** Client conformance vectors: a valid key, and v words with stray high bits that must recover nothing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "valid key, 000000000000000000000000000000000000000000000000000000000000001c, 000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b",
    "v with top bit, 100000000000000000000000000000000000000000000000000000000000001c, ''",
    "v with middle bit, 000000000000000000000000000000000000001000000000000000000000001c, ''",
    "v = 29, 000000000000000000000000000000000000000000000000000000000000001d, ''",
    "v = 0, 0000000000000000000000000000000000000000000000000000000000000000, ''",
  })
  void recoversOnlyWithACleanVOf27Or28(String name, String v, String expected) {
    byte[] input = HEX.parseHex(HASH + v + R + S);
    assertThat(output(ECRECOVER.compute(input))).isEqualTo(expected);
  }

  @Test
  void unrecoverableKeyGivesEmptyOutputNotFailure() {
    byte[] input = HEX.parseHex("a8b53bdf3306a35a7103ab5504a0c9b492295564b6202b1942a84ef300107281"
        + "000000000000000000000000000000000000000000000000000000000000001b"
        + "3078356531653033663533636531386237373263636230303933666637316633"
        + "6635336635633735623734646362333161383561613862383839326234653862"
        + "1122334455667788991011121314151617181920212223242526272829303132");
    assertThat(ECRECOVER.compute(input)).isEqualTo(PrecompileResult.success(new byte[0]));
  }

  @Test
  void recoversTheSignerOfFreshSignaturesIncludingHighS() {
    Random random = new Random(1);
    Secp256k1 secp = Secp256k1.best();
    for (int i = 0; i < 5; i++) {
      byte[] key = new byte[32];
      random.nextBytes(key);
      key[0] = 0x11; // keep it below n
      byte[] hash = new byte[32];
      random.nextBytes(hash);
      byte[] address = Arrays.copyOfRange(Keccak256.hash(secp.publicKey(key)), 12, 32);
      Signature sig = secp.sign(hash, key);
      for (Signature form : new Signature[] {sig, sig.withFlippedS()}) {
        byte[] out = ((PrecompileResult.Success) ECRECOVER.compute(input(hash, form))).output();
        assertThat(Arrays.copyOfRange(out, 12, 32)).isEqualTo(address);
        assertThat(Arrays.copyOfRange(out, 0, 12)).isEqualTo(new byte[12]);
      }
    }
  }

  @Test
  void rejectsScalarsOutsideTheGroupOrder() {
    String v = "000000000000000000000000000000000000000000000000000000000000001c";
    String n = Secp256k1.CURVE_ORDER.toString(16);
    String zero = "00".repeat(32);
    assertThat(output(ECRECOVER.compute(HEX.parseHex(HASH + v + zero + S)))).isEmpty();
    assertThat(output(ECRECOVER.compute(HEX.parseHex(HASH + v + R + zero)))).isEmpty();
    assertThat(output(ECRECOVER.compute(HEX.parseHex(HASH + v + n + S)))).isEmpty();
    assertThat(output(ECRECOVER.compute(HEX.parseHex(HASH + v + R + n)))).isEmpty();
  }

  @Test
  void padsShortInputAndIgnoresBytesPast128() {
    String valid = HASH + "000000000000000000000000000000000000000000000000000000000000001c" + R + S;
    byte[] longer = HEX.parseHex(valid + "ffffffff");
    assertThat(output(ECRECOVER.compute(longer))).isEqualTo("000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    // Cut inside s: the missing bytes read as zeros, which changes s and so the recovered key.
    byte[] shorter = Arrays.copyOf(HEX.parseHex(valid), 127);
    assertThat(ECRECOVER.compute(shorter)).isInstanceOf(PrecompileResult.Success.class);
    assertThat(ECRECOVER.compute(new byte[0])).isEqualTo(PrecompileResult.success(new byte[0]));
    assertThat(ECRECOVER.gasCost(new byte[1000])).isEqualTo(3000);
  }

  private static byte[] input(byte[] hash, Signature sig) {
    byte[] in = new byte[128];
    System.arraycopy(hash, 0, in, 0, 32);
    in[63] = (byte) (27 + sig.recoveryId());
    System.arraycopy(word(sig.r()), 0, in, 64, 32);
    System.arraycopy(word(sig.s()), 0, in, 96, 32);
    return in;
  }

  private static byte[] word(BigInteger v) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return out;
  }

  private static String output(PrecompileResult result) {
    return HEX.formatHex(((PrecompileResult.Success) result).output());
  }
}
