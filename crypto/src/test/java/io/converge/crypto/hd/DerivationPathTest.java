package io.converge.crypto.hd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerivationPathTest {
  @Test
  void parsesABip44EthereumPath() throws InvalidDerivationPathException {
    DerivationPath path = DerivationPath.parse("m/44'/60'/0'/0/5");

    assertThat(path.steps())
        .containsExactly(
            ChildNumber.hardened(44),
            ChildNumber.hardened(60),
            ChildNumber.hardened(0),
            ChildNumber.normal(0),
            ChildNumber.normal(5));
    assertThat(path).isEqualTo(DerivationPath.ethereum(5));
    assertThat(path).hasToString("m/44'/60'/0'/0/5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"m/44h/60h/0h/0/5", "m/44H/60H/0H/0/5", " m/44'/60'/0'/0/5 "})
  void acceptsHAsHardenedMarker(String written) throws InvalidDerivationPathException {
    assertThat(DerivationPath.parse(written)).isEqualTo(DerivationPath.ethereum(5));
  }

  @Test
  void parsesTheMasterPathAndTheLargestIndices() throws InvalidDerivationPathException {
    assertThat(DerivationPath.parse("m")).isEqualTo(DerivationPath.MASTER);
    assertThat(DerivationPath.parse("m/2147483647'/2147483647").steps())
        .isEqualTo(
            List.of(
                ChildNumber.hardened(Integer.MAX_VALUE), ChildNumber.normal(Integer.MAX_VALUE)));
  }

  @Test
  void namesAMissingRoot() {
    assertThat(problemOf("44'/60'/0'/0/0"))
        .isEqualTo(new DerivationPathProblem.MissingRoot("44'/60'/0'/0/0"));
    assertThat(problemOf("")).isEqualTo(new DerivationPathProblem.MissingRoot(""));
  }

  @Test
  void namesTheSegmentThatIsNotAnIndex() {
    assertThat(problemOf("m/44'/sixty'/0'"))
        .isEqualTo(new DerivationPathProblem.NotAnIndex(2, "sixty'"));
    assertThat(problemOf("m/44'/")).isEqualTo(new DerivationPathProblem.NotAnIndex(2, ""));
    assertThat(problemOf("m/-1")).isEqualTo(new DerivationPathProblem.NotAnIndex(1, "-1"));
    assertThat(problemOf("m/1''")).isEqualTo(new DerivationPathProblem.NotAnIndex(1, "1''"));
  }

  @Test
  void namesTheSegmentOutOfRange() {
    assertThat(problemOf("m/2147483648"))
        .isEqualTo(new DerivationPathProblem.IndexOutOfRange(1, "2147483648"));
    assertThat(problemOf("m/0/99999999999'"))
        .isEqualTo(new DerivationPathProblem.IndexOutOfRange(2, "99999999999'"));
    assertThatThrownBy(() -> DerivationPath.parse("m/0/4294967295"))
        .hasMessage("segment 2 \"4294967295\" is not below 2^31 (2147483648)");
  }

  @Test
  void serializesHardenedChildrenWithTheHighBitSet() {
    assertThat(ChildNumber.hardened(0).serialized()).isEqualTo(0x8000_0000);
    assertThat(ChildNumber.fromSerialized(0x8000_002c)).isEqualTo(ChildNumber.hardened(44));
    assertThat(ChildNumber.fromSerialized(5)).isEqualTo(ChildNumber.normal(5));
  }

  private static DerivationPathProblem problemOf(String path) {
    try {
      DerivationPath.parse(path);
      throw new AssertionError("parsed " + path);
    } catch (InvalidDerivationPathException e) {
      return e.problem();
    }
  }
}
