package io.converge.protocol.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import io.converge.protocol.fork.BlobGasRules;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each header rule, broken alone, yields its own typed violation with the expected and actual values. */
class HeaderValidatorTest {
  private static final long GAS_LIMIT = 30_000_000;

  private static final BlockHeader CANCUN_PARENT = BlockHeader.builder()
      .number(10).timestamp(1000).gasLimit(GAS_LIMIT).gasUsed(GAS_LIMIT / 2).baseFeePerGas(Wei.of(1_000_000_000))
      .withdrawalsRoot(Hash.ZERO).blobGasUsed(0).excessBlobGas(0).parentBeaconBlockRoot(Hash.ZERO).build();

  private static BlockHeader.Builder cancunChild() {
    return CANCUN_PARENT.toBuilder().parentHash(CANCUN_PARENT.hash()).number(11).timestamp(1012).gasUsed(0);
  }

  private static Optional<HeaderViolation> cancun(BlockHeader header) {
    return HeaderValidator.validate(header, CANCUN_PARENT, Fork.CANCUN, Fork.CANCUN);
  }

  @Test
  void acceptsAWellFormedCancunHeader() {
    assertThat(cancun(cancunChild().build())).isEmpty();
  }

  @Test
  void rejectsANumberThatDoesNotFollowTheParent() {
    assertThat(cancun(cancunChild().number(13).build()))
        .contains(new HeaderViolation.NumberNotParentPlusOne(11, 13));
  }

  @Test
  void rejectsATimestampNotAfterTheParent() {
    assertThat(cancun(cancunChild().timestamp(1000).build()))
        .contains(new HeaderViolation.TimestampNotAfterParent(1000, 1000));
  }

  @Test
  void rejectsAGasLimitThatMovesByParentOver1024OrMore() {
    long limit = GAS_LIMIT + GAS_LIMIT / 1024;
    assertThat(cancun(cancunChild().gasLimit(limit).build()))
        .contains(new HeaderViolation.GasLimitOutOfBounds(GAS_LIMIT, limit, GAS_LIMIT / 1024));
    assertThat(cancun(cancunChild().gasLimit(limit - 1).build())).isEmpty();
  }

  @Test
  void rejectsAGasLimitBelow5000() {
    BlockHeader parent = BlockHeader.builder().number(1).timestamp(1).gasLimit(5000).difficulty(UInt256.of(131_072))
        .build();
    BlockHeader child = parent.toBuilder().number(2).timestamp(2).gasLimit(4999).difficulty(
        Difficulty.expected(BlockRules.of(Fork.BERLIN), 2, 2, parent)).build();
    assertThat(HeaderValidator.validate(child, parent, Fork.BERLIN, Fork.BERLIN))
        .contains(new HeaderViolation.GasLimitBelowMinimum(5000, 4999));
  }

  @Test
  void rejectsAGasLimitAboveTwoToThe63Minus1() {
    assertThat(cancun(cancunChild().gasLimit(-1).build()))
        .contains(new HeaderViolation.GasLimitAboveMaximum(Long.MAX_VALUE, -1));
  }

  @Test
  void rejectsGasUsedAboveTheGasLimit() {
    assertThat(cancun(cancunChild().gasUsed(GAS_LIMIT + 1).build()))
        .contains(new HeaderViolation.GasUsedExceedsLimit(GAS_LIMIT, GAS_LIMIT + 1));
  }

  @Test
  void rejectsExtraDataOver32Bytes() {
    assertThat(cancun(cancunChild().extraData(Bytes.wrap(new byte[33])).build()))
        .contains(new HeaderViolation.ExtraDataTooLong(32, 33));
  }

  @Test
  void rejectsABaseFeeThatDoesNotFollowTheParentsUsage() {
    // The parent used exactly its target, so the base fee stays.
    assertThat(cancun(cancunChild().baseFeePerGas(Wei.of(1_000_000_001)).build()))
        .contains(new HeaderViolation.BaseFeeMismatch(Wei.of(1_000_000_000), Wei.of(1_000_000_001)));
  }

  @Test
  void raisesTheBaseFeeByAnEighthWhenTheParentIsFull() {
    BlockHeader full = CANCUN_PARENT.toBuilder().gasUsed(GAS_LIMIT).build();
    assertThat(HeaderValidator.baseFee(full)).isEqualTo(Wei.of(1_125_000_000));
  }

  @Test
  void expectsTheInitialBaseFeeAndDoubledLimitAtTheLondonTransition() {
    BlockHeader berlin = BlockHeader.builder().number(4).timestamp(40).gasLimit(GAS_LIMIT)
        .difficulty(UInt256.of(131_072)).build();
    BlockHeader.Builder london = berlin.toBuilder().parentHash(berlin.hash()).number(5).timestamp(50)
        .difficulty(Difficulty.expected(BlockRules.of(Fork.LONDON), 5, 50, berlin));
    assertThat(HeaderValidator.validate(london.baseFeePerGas(HeaderValidator.INITIAL_BASE_FEE)
        .gasLimit(2 * GAS_LIMIT - 1).build(), berlin, Fork.LONDON, Fork.BERLIN)).isEmpty();
    assertThat(HeaderValidator.validate(london.baseFeePerGas(Wei.of(7)).gasLimit(2 * GAS_LIMIT).build(), berlin,
        Fork.LONDON, Fork.BERLIN))
        .contains(new HeaderViolation.BaseFeeMismatch(HeaderValidator.INITIAL_BASE_FEE, Wei.of(7)));
  }

  @Test
  void rejectsFieldsOfForksNotYetActiveAndMissingFieldsOfActiveOnes() {
    BlockHeader berlinParent = BlockHeader.builder().number(1).timestamp(1).gasLimit(GAS_LIMIT)
        .difficulty(UInt256.of(131_072)).build();
    BlockHeader withBaseFee = berlinParent.toBuilder().number(2).timestamp(2).baseFeePerGas(Wei.of(7)).build();
    assertThat(HeaderValidator.validate(withBaseFee, berlinParent, Fork.BERLIN, Fork.BERLIN))
        .contains(new HeaderViolation.FieldPresence("baseFeePerGas", Fork.BERLIN, false));
    BlockHeader noBeaconRoot = new BlockHeader(Hash.ZERO, BlockHeader.EMPTY_OMMERS_HASH,
        CANCUN_PARENT.coinbase(), Hash.ZERO, Hash.ZERO, Hash.ZERO, CANCUN_PARENT.logsBloom(), UInt256.ZERO, 11, GAS_LIMIT,
        0, 1012, Bytes.EMPTY, Hash.ZERO, 0, Optional.of(Wei.of(1_000_000_000)), Optional.of(Hash.ZERO),
        java.util.OptionalLong.of(0), java.util.OptionalLong.of(0), Optional.empty(), Optional.empty());
    assertThat(cancun(noBeaconRoot))
        .contains(new HeaderViolation.FieldPresence("parentBeaconBlockRoot", Fork.CANCUN, true));
  }

  @Test
  void rejectsAnExcessBlobGasThatDoesNotFollowTheParent() {
    BlockHeader busyParent = CANCUN_PARENT.toBuilder().blobGasUsed(BlobGasRules.CANCUN.maxPerBlock()).build();
    long expected = BlobGasRules.CANCUN.maxPerBlock() - BlobGasRules.CANCUN.targetPerBlock();
    BlockHeader child = cancunChild().parentHash(busyParent.hash()).excessBlobGas(0).build();
    assertThat(HeaderValidator.validate(child, busyParent, Fork.CANCUN, Fork.CANCUN))
        .contains(new HeaderViolation.ExcessBlobGasMismatch(expected, 0));
  }

  @Test
  void rejectsBlobGasUsedAboveTheMaximumOrNotWholeBlobs() {
    long max = BlobGasRules.CANCUN.maxPerBlock();
    assertThat(cancun(cancunChild().blobGasUsed(max + BlobGasRules.CANCUN.gasPerBlob()).build()))
        .contains(new HeaderViolation.BlobGasUsedAboveMaximum(max, max + BlobGasRules.CANCUN.gasPerBlob()));
    assertThat(cancun(cancunChild().blobGasUsed(1).build()))
        .contains(new HeaderViolation.BlobGasUsedNotMultipleOfBlob(BlobGasRules.CANCUN.gasPerBlob(), 1));
  }

  @Test
  void rejectsProofOfWorkFieldsAfterTheMerge() {
    assertThat(cancun(cancunChild().difficulty(UInt256.of(1)).build()))
        .contains(new HeaderViolation.DifficultyMismatch(UInt256.ZERO, UInt256.of(1)));
    assertThat(cancun(cancunChild().nonce(42).build())).contains(new HeaderViolation.NonceNotZeroAfterMerge(42));
    Hash someOmmers = Hash.keccak256(new byte[] {1});
    assertThat(cancun(cancunChild().ommersHash(someOmmers).build()))
        .contains(new HeaderViolation.OmmersAfterMerge(BlockHeader.EMPTY_OMMERS_HASH, someOmmers));
  }

  @Test
  void rejectsAWrongProofOfWorkDifficulty() {
    BlockHeader parent = BlockHeader.builder().number(1).timestamp(100).gasLimit(GAS_LIMIT)
        .difficulty(UInt256.of(1_000_000)).build();
    BlockHeader child = parent.toBuilder().number(2).timestamp(105).difficulty(UInt256.of(1_000_000)).build();
    // Byzantium: 5 s after a parent without ommers raises the difficulty by parent / 2048.
    UInt256 expected = new UInt256(BigInteger.valueOf(1_000_000 + 1_000_000 / 2048));
    assertThat(HeaderValidator.validate(child, parent, Fork.BYZANTIUM, Fork.BYZANTIUM))
        .contains(new HeaderViolation.DifficultyMismatch(expected, UInt256.of(1_000_000)));
  }

  @Test
  void requiresTheDaoMarkerInTheTenBlocksFromTheDaoFork() {
    BlockHeader marked = BlockHeader.builder().number(7).extraData(DaoFork.EXTRA_DATA).build();
    BlockHeader unmarked = BlockHeader.builder().number(15).extraData(Bytes.of((byte) 0x42)).build();
    assertThat(DaoFork.checkExtraData(marked, 5)).isEmpty();
    assertThat(DaoFork.checkExtraData(unmarked, 5)).isEmpty();
    assertThat(DaoFork.checkExtraData(unmarked.toBuilder().number(5).build(), 5))
        .contains(new HeaderViolation.DaoExtraDataMismatch(DaoFork.EXTRA_DATA, Bytes.of((byte) 0x42)));
    assertThat(DaoFork.DRAIN_ACCOUNTS).hasSize(116);
  }
}
