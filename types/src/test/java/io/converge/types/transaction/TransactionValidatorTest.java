package io.converge.types.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionValidatorTest {
  private static final Secp256k1 CURVE = Secp256k1.best();
  private static final Address TO = Address.fromHex("0x3535353535353535353535353535353535353535");
  private static final TransactionValidator MAINNET = new TransactionValidator(ChainId.MAINNET, CURVE);

  private static LegacyTransaction legacy(long nonce, long gasLimit, Optional<ChainId> chainId) {
    return LegacyTransaction.unsigned(nonce, Wei.of(1), gasLimit, Optional.of(TO), Wei.ZERO, Bytes.EMPTY, chainId)
        .signedWith(TestKeys.KEY_ONE, CURVE);
  }

  private static DynamicFeeTransaction dynamicFee(Wei tip, Wei maxFee, long gasLimit, Optional<Address> to,
      Bytes data) {
    return DynamicFeeTransaction.unsigned(ChainId.MAINNET, 0, tip, maxFee, gasLimit, to, Wei.ZERO, data,
        AccessList.EMPTY).signedWith(TestKeys.KEY_ONE, CURVE);
  }

  private static BlobTransaction blob(List<Hash> hashes) {
    return BlobTransaction.unsigned(ChainId.MAINNET, 0, Wei.of(1), Wei.of(2), 21_000, TO, Wei.ZERO, Bytes.EMPTY,
        AccessList.EMPTY, Wei.of(1), hashes).signedWith(TestKeys.KEY_ONE, CURVE);
  }

  @Test
  void acceptsPlainTransferWithIntrinsicGasAndSender() {
    TransactionValidity v = MAINNET.validate(legacy(0, 21_000, Optional.empty()), Fork.FRONTIER);

    assertThat(v).isEqualTo(new TransactionValidity.Valid(21_000, TestKeys.KEY_ONE_ADDRESS));
    assertThat(v.isValid()).isTrue();
  }

  @Test
  void acceptsEip155SignaturesOnlyFromSpuriousDragon() {
    LegacyTransaction tx = legacy(0, 21_000, Optional.of(ChainId.MAINNET));

    assertThat(MAINNET.validate(tx, Fork.TANGERINE_WHISTLE))
        .isEqualTo(new TransactionValidity.ReplayProtectionNotActive(ChainId.MAINNET, Fork.TANGERINE_WHISTLE));
    assertThat(MAINNET.validate(tx, Fork.SPURIOUS_DRAGON).isValid()).isTrue();
  }

  @Test
  void rejectsAnotherChainsTransactionWithBothIds() {
    LegacyTransaction tx = legacy(0, 21_000, Optional.of(ChainId.of(5)));

    assertThat(MAINNET.validate(tx, Fork.LONDON))
        .isEqualTo(new TransactionValidity.WrongChainId(ChainId.MAINNET, ChainId.of(5)));
    assertThat(new TransactionValidator(ChainId.of(5), CURVE).validate(tx, Fork.LONDON).isValid()).isTrue();
  }

  @Test
  void rejectsTypedTransactionBeforeItsFork() {
    DynamicFeeTransaction tx = dynamicFee(Wei.of(1), Wei.of(2), 21_000, Optional.of(TO), Bytes.EMPTY);

    assertThat(MAINNET.validate(tx, Fork.BERLIN))
        .isEqualTo(new TransactionValidity.TypeNotSupported(TransactionType.DYNAMIC_FEE, Fork.BERLIN));
    assertThat(MAINNET.validate(tx, Fork.LONDON).isValid()).isTrue();
  }

  @Test
  void rejectsHighSFromHomesteadOnly() {
    LegacyTransaction tx = legacy(0, 21_000, Optional.empty());
    LegacyTransaction highS = tx.withSignature(tx.signature().withFlippedS());

    assertThat(MAINNET.validate(highS, Fork.FRONTIER).isValid()).isTrue();
    assertThat(MAINNET.validate(highS, Fork.HOMESTEAD))
        .isEqualTo(new TransactionValidity.HighS(highS.signature().s(), Secp256k1.HALF_CURVE_ORDER));
  }

  @Test
  void rejectsSignatureScalarsOutsideTheCurveOrder() {
    LegacyTransaction tx = legacy(0, 21_000, Optional.empty());
    LegacyTransaction zeroR = tx.withSignature(new Signature(BigInteger.ZERO, tx.signature().s(), 0));
    LegacyTransaction sAtN = tx.withSignature(new Signature(tx.signature().r(), Secp256k1.CURVE_ORDER, 0));

    assertThat(MAINNET.validate(zeroR, Fork.FRONTIER)).isInstanceOf(TransactionValidity.SignatureOutOfRange.class);
    assertThat(MAINNET.validate(sAtN, Fork.FRONTIER)).isInstanceOf(TransactionValidity.SignatureOutOfRange.class);
  }

  @Test
  void rejectsSignatureThatRecoversNoKey() {
    // No curve point has x = 5, so no public key recovers.
    LegacyTransaction tx = legacy(0, 21_000, Optional.empty())
        .withSignature(new Signature(BigInteger.valueOf(5), BigInteger.ONE, 0));

    assertThat(MAINNET.validate(tx, Fork.LONDON)).isEqualTo(new TransactionValidity.UnrecoverableSender());
  }

  @Test
  void rejectsNonceAtTheEip2681Maximum() {
    assertThat(MAINNET.validate(legacy(-1L, 21_000, Optional.empty()), Fork.FRONTIER))
        .isEqualTo(new TransactionValidity.NonceAtMaximum(-1L));
    assertThat(MAINNET.validate(legacy(-2L, 21_000, Optional.empty()), Fork.FRONTIER).isValid()).isTrue();
  }

  @Test
  void rejectsGasLimitBelowIntrinsicGas() {
    assertThat(MAINNET.validate(legacy(0, 20_999, Optional.empty()), Fork.LONDON))
        .isEqualTo(new TransactionValidity.IntrinsicGasTooLow(21_000, 20_999));
  }

  @Test
  void treatsGasLimitAsUnsigned() {
    // 2^64 - 1 is a huge gas limit, not -1.
    assertThat(MAINNET.validate(legacy(0, -1L, Optional.empty()), Fork.LONDON).isValid()).isTrue();
  }

  @Test
  void rejectsPriorityFeeAboveMaxFee() {
    assertThat(MAINNET.validate(dynamicFee(Wei.of(3), Wei.of(2), 21_000, Optional.of(TO), Bytes.EMPTY), Fork.LONDON))
        .isEqualTo(new TransactionValidity.PriorityFeeAboveMaxFee(Wei.of(3), Wei.of(2)));
  }

  @Test
  void rejectsGasCostBeyond256Bits() {
    Wei fee = new Wei(BigInteger.ONE.shiftLeft(250));
    DynamicFeeTransaction tx = dynamicFee(Wei.ZERO, fee, 1L << 6, Optional.of(TO), Bytes.EMPTY);
    DynamicFeeTransaction justFits = dynamicFee(Wei.ZERO, fee, (1L << 6) - 1, Optional.of(TO), Bytes.EMPTY);

    assertThat(MAINNET.validate(tx, Fork.LONDON)).isEqualTo(new TransactionValidity.GasCostOverflow(1L << 6, fee));
    assertThat(MAINNET.validate(justFits, Fork.LONDON))
        .isNotInstanceOf(TransactionValidity.GasCostOverflow.class);
  }

  @Test
  void limitsInitcodeSizeFromShanghai() {
    DynamicFeeTransaction tooBig = dynamicFee(Wei.ZERO, Wei.of(1), 10_000_000, Optional.empty(),
        Bytes.wrap(new byte[49_153]));
    DynamicFeeTransaction atLimit = dynamicFee(Wei.ZERO, Wei.of(1), 10_000_000, Optional.empty(),
        Bytes.wrap(new byte[49_152]));

    assertThat(MAINNET.validate(tooBig, Fork.PARIS).isValid()).isTrue();
    assertThat(MAINNET.validate(tooBig, Fork.SHANGHAI))
        .isEqualTo(new TransactionValidity.InitcodeTooLarge(49_152, 49_153));
    assertThat(MAINNET.validate(atLimit, Fork.SHANGHAI).isValid()).isTrue();
  }

  @Test
  void requiresAtLeastOneBlobWithKzgVersion() {
    Hash good = Hash.fromHex("0x01" + "00".repeat(31));
    Hash badVersion = Hash.fromHex("0x02" + "00".repeat(31));

    assertThat(MAINNET.validate(blob(List.of(good)), Fork.CANCUN).isValid()).isTrue();
    assertThat(MAINNET.validate(blob(List.of()), Fork.CANCUN)).isEqualTo(new TransactionValidity.NoBlobs());
    assertThat(MAINNET.validate(blob(List.of(good, badVersion)), Fork.CANCUN))
        .isEqualTo(new TransactionValidity.WrongBlobHashVersion(1, 1, 2));
    assertThat(MAINNET.validate(blob(List.of(good)), Fork.SHANGHAI))
        .isEqualTo(new TransactionValidity.TypeNotSupported(TransactionType.BLOB, Fork.SHANGHAI));
  }

  @Test
  void limitsBlobsToWhatABlockHolds() {
    BlobTransaction seven = blob(Collections.nCopies(7, Hash.fromHex("0x01" + "00".repeat(31))));

    assertThat(MAINNET.validate(seven, Fork.CANCUN)).isEqualTo(new TransactionValidity.TooManyBlobs(6, 7));
    assertThat(MAINNET.validate(seven, Fork.PRAGUE).isValid()).isTrue();
  }

  @Test
  void requiresAuthorizationsInSetCodeTransactions() {
    Authorization auth = Authorization.sign(UInt256.ZERO, TO, 0, TestKeys.EIP155_KEY, CURVE);
    SetCodeTransaction empty = SetCodeTransaction.unsigned(ChainId.MAINNET, 0, Wei.ZERO, Wei.of(1), 100_000, TO,
        Wei.ZERO, Bytes.EMPTY, AccessList.EMPTY, List.of()).signedWith(TestKeys.KEY_ONE, CURVE);
    SetCodeTransaction one = SetCodeTransaction.unsigned(ChainId.MAINNET, 0, Wei.ZERO, Wei.of(1), 100_000, TO,
        Wei.ZERO, Bytes.EMPTY, AccessList.EMPTY, List.of(auth)).signedWith(TestKeys.KEY_ONE, CURVE);

    assertThat(MAINNET.validate(empty, Fork.PRAGUE)).isEqualTo(new TransactionValidity.NoAuthorizations());
    assertThat(MAINNET.validate(one, Fork.PRAGUE))
        .isEqualTo(new TransactionValidity.Valid(46_000, TestKeys.KEY_ONE_ADDRESS));
    assertThat(MAINNET.validate(one, Fork.CANCUN)).isInstanceOf(TransactionValidity.TypeNotSupported.class);
  }

  @Test
  void requiresGasForTheCalldataFloorFromPrague() {
    byte[] ones = new byte[1000];
    Arrays.fill(ones, (byte) 1);
    Bytes data = Bytes.wrap(ones);
    // Intrinsic 21000 + 16 * 1000 = 37000; floor 21000 + 10 * 4 * 1000 = 61000.
    DynamicFeeTransaction tx = dynamicFee(Wei.ZERO, Wei.of(1), 40_000, Optional.of(TO), data);

    assertThat(MAINNET.validate(tx, Fork.CANCUN).isValid()).isTrue();
    assertThat(MAINNET.validate(tx, Fork.PRAGUE))
        .isEqualTo(new TransactionValidity.FloorDataGasTooLow(61_000, 40_000));
  }

  @Test
  void invalidVerdictsExplainThemselves() {
    TransactionValidity v = MAINNET.validate(legacy(0, 20_999, Optional.empty()), Fork.LONDON);

    assertThat(((TransactionValidity.Invalid) v).reason()).contains("21000").contains("20999");
  }
}
