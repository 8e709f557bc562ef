package io.converge.crypto.hd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressChecksumTest {
  /** The EIP-55 test vectors: all caps, all lower, and mixed. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
      })
  void encodesAndAcceptsTheEip55Vectors(String checksummed) {
    byte[] bytes = HexFormat.of().parseHex(checksummed.substring(2).toLowerCase(Locale.ROOT));

    assertThat(AddressChecksum.toChecksumHex(bytes)).isEqualTo(checksummed);
    assertThat(AddressChecksum.isValidChecksum(checksummed)).isTrue();
    assertThat(AddressChecksum.verify(checksummed))
        .isEqualTo(new AddressChecksum.Verdict.Valid(new AccountAddress(bytes)));
  }

  @Test
  void rejectsAnAddressWithOneLetterInTheWrongCase() {
    String typo = "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    assertThat(AddressChecksum.isValidChecksum(typo)).isFalse();
    assertThat(AddressChecksum.verify(typo))
        .isEqualTo(
            new AddressChecksum.Verdict.ChecksumMismatch(
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", typo));
  }

  @Test
  void rejectsAnUnchecksummedAddressWhoseChecksumHasUpperCase() {
    assertThat(AddressChecksum.isValidChecksum("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedff",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
        "0x",
      })
  void reportsMalformedAddresses(String malformed) {
    assertThat(AddressChecksum.verify(malformed))
        .isInstanceOf(AddressChecksum.Verdict.Malformed.class);
    assertThat(AddressChecksum.isValidChecksum(malformed)).isFalse();
  }

  @Test
  void accountAddressPrintsItsChecksummedForm() {
    AccountAddress address =
        new AccountAddress(HexFormat.of().parseHex("fb6916095ca1df60bb79ce92ce3ea74c37c5d359"));

    assertThat(address).hasToString("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
  }
}
