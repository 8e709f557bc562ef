package io.converge.types.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.Hex;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyTransactionTest {
  // The example of EIP-155.
  private static final String SIGNING_DATA =
      "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080";
  private static final Hash SIGNING_HASH =
      Hash.fromHex("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
  private static final String SIGNED = "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6"
      + "b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b"
      + "3800ccf555c9f3dc64214b297fb1966a3b6d83";
  private static final BigInteger R =
      new BigInteger("18515461264373351373200002665853028612451056578545711640558177340181847433846");
  private static final BigInteger S =
      new BigInteger("46948507304638947509940763649030358759909902576025900602547168820602576006531");

  private static LegacyTransaction eip155Example() {
    return LegacyTransaction.unsigned(9, new Wei(BigInteger.valueOf(20_000_000_000L)), 21_000,
        Optional.of(Address.fromHex("0x3535353535353535353535353535353535353535")),
        new Wei(BigInteger.TEN.pow(18)), Bytes.EMPTY, Optional.of(ChainId.MAINNET));
  }

  @Test
  void signsEip155ExampleToTheBytesInTheEip() {
    LegacyTransaction signed = eip155Example().signedWith(TestKeys.EIP155_KEY, Secp256k1.best());

    assertThat(signed.signingHash()).isEqualTo(SIGNING_HASH);
    assertThat(signed.v()).isEqualTo(BigInteger.valueOf(37));
    assertThat(signed.encoded()).isEqualTo(Bytes.fromHex(SIGNED));
    assertThat(signed.sender()).contains(TestKeys.EIP155_ADDRESS);
  }

  @Test
  void decodesEip155ExampleWithChainIdAndSender() throws DecodingException {
    Transaction tx = TransactionDecoder.decode(Hex.decode(SIGNED));

    assertThat(tx).isInstanceOf(LegacyTransaction.class);
    assertThat(tx.chainId()).contains(ChainId.MAINNET);
    assertThat(tx.nonce()).isEqualTo(9);
    assertThat(tx.signature().r()).isEqualTo(R);
    assertThat(tx.signature().s()).isEqualTo(S);
    assertThat(tx.signingHash()).isEqualTo(SIGNING_HASH);
    assertThat(tx.hash()).isEqualTo(Hash.keccak256(Hex.decode(SIGNED)));
    assertThat(tx.sender()).contains(TestKeys.EIP155_ADDRESS);
  }

  @Test
  void signingPayloadOfEip155IsTheNineFieldList() {
    LegacyTransaction tx = eip155Example();

    assertThat(tx.signingPayload()).isEqualTo(Hex.decode(SIGNING_DATA));
  }

  @Test
  void preEip155SignatureUsesV27Or28AndSixFieldPayload() throws DecodingException {
    LegacyTransaction tx = LegacyTransaction.unsigned(0, Wei.of(1), 21_000, Optional.empty(), Wei.ZERO,
        Bytes.fromHex("0x6000"), Optional.empty()).signedWith(TestKeys.KEY_ONE, Secp256k1.best());

    assertThat(tx.v().intValue()).isIn(27, 28);
    assertThat(tx.signingPayload()).isEqualTo(Hex.decode("0xca8001825208808082" + "6000"));
    Transaction decoded = TransactionDecoder.decode(tx.encoded().toArray());
    assertThat(decoded).isEqualTo(tx);
    assertThat(decoded.chainId()).isEmpty();
    assertThat(decoded.isContractCreation()).isTrue();
    assertThat(decoded.sender()).contains(TestKeys.KEY_ONE_ADDRESS);
  }

  @Test
  void recoversSenderWithEitherCurveImplementation() throws DecodingException {
    Transaction viaBouncyCastle = TransactionDecoder.decode(Hex.decode(SIGNED));
    Transaction viaBest = TransactionDecoder.decode(Hex.decode(SIGNED));

    assertThat(viaBouncyCastle.sender(Secp256k1.bouncyCastle())).contains(TestKeys.EIP155_ADDRESS);
    assertThat(viaBest.sender(Secp256k1.best())).contains(TestKeys.EIP155_ADDRESS);
  }

  @Test
  void senderIsEmptyForZeroSignature() {
    LegacyTransaction tx = eip155Example();

    assertThat(tx.sender()).isEmpty();
  }

  @Test
  void rejectsVThatIsNeither27Nor28NorEip155() {
    LegacyTransaction tx = eip155Example().signedWith(TestKeys.EIP155_KEY, Secp256k1.best());
    byte[] bytes = tx.encoded().toArray();
    int vAt = bytes.length - 67;
    assertThat(bytes[vAt]).isEqualTo((byte) 0x25);
    bytes[vAt] = 0x1d; // 29

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TransactionDecoder.decode(bytes))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("v must be")
        .extracting(e -> ((DecodingException) e).offset()).isEqualTo(vAt);
  }

  @Test
  void encodesVBeyondLongRangeForLargeChainIds() {
    Signature sig = new Signature(BigInteger.ONE, BigInteger.ONE, 1);
    LegacyTransaction tx = new LegacyTransaction(0, Wei.ZERO, 0, Optional.empty(), Wei.ZERO, Bytes.EMPTY,
        Optional.of(new ChainId(Long.MAX_VALUE)), sig);

    assertThat(tx.v()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.valueOf(36)));
  }
}
