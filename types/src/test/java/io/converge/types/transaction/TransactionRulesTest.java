package io.converge.types.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionRulesTest {
  private static final Address TO = Address.fromHex("0x3535353535353535353535353535353535353535");
  private static final Signature NO_SIGNATURE = new Signature(BigInteger.ZERO, BigInteger.ZERO, 0);

  private static LegacyTransaction legacy(Optional<Address> to, Bytes data) {
    return new LegacyTransaction(0, Wei.ZERO, 1_000_000, to, Wei.ZERO, data, Optional.empty(), NO_SIGNATURE);
  }

  @ParameterizedTest(name = "{0}: call {1}, creation {2}, [00 01] call {3}")
  @CsvSource({
    "FRONTIER,       21000, 21000, 21072",
    "HOMESTEAD,      21000, 53000, 21072",
    "BYZANTIUM,      21000, 53000, 21072",
    "ISTANBUL,       21000, 53000, 21020", // EIP-2028: 16 per non-zero byte
    "LONDON,         21000, 53000, 21020",
    "PRAGUE,         21000, 53000, 21020",
  })
  void chargesBaseCreationAndCalldataPerFork(Fork fork, long call, long creation, long callWithData) {
    TransactionRules rules = TransactionRules.of(fork);

    assertThat(rules.intrinsicGas(legacy(Optional.of(TO), Bytes.EMPTY))).isEqualTo(call);
    assertThat(rules.intrinsicGas(legacy(Optional.empty(), Bytes.EMPTY))).isEqualTo(creation);
    assertThat(rules.intrinsicGas(legacy(Optional.of(TO), Bytes.of((byte) 0, (byte) 1)))).isEqualTo(callWithData);
  }

  @Test
  void chargesInitcodeWordsFromShanghai() {
    Bytes initcode = Bytes.wrap(new byte[33]); // 33 zero bytes: two words
    LegacyTransaction creation = legacy(Optional.empty(), initcode);

    assertThat(TransactionRules.of(Fork.PARIS).intrinsicGas(creation)).isEqualTo(53_000 + 33 * 4);
    assertThat(TransactionRules.of(Fork.SHANGHAI).intrinsicGas(creation)).isEqualTo(53_000 + 33 * 4 + 2 * 2);
    assertThat(TransactionRules.of(Fork.SHANGHAI).maxInitcodeSize()).isEqualTo(49_152);
    assertThat(TransactionRules.of(Fork.PARIS).maxInitcodeSize()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void chargesEveryAccessListAddressAndKeyIncludingRepeats() {
    AccessList.Entry entry = new AccessList.Entry(TO, List.of(Hash.ZERO, Hash.ZERO));
    AccessListTransaction tx = new AccessListTransaction(ChainId.MAINNET, 0, Wei.ZERO, 100_000, Optional.of(TO),
        Wei.ZERO, Bytes.EMPTY, new AccessList(List.of(entry, entry)), NO_SIGNATURE);

    assertThat(TransactionRules.of(Fork.BERLIN).intrinsicGas(tx)).isEqualTo(21_000 + 2 * 2_400 + 4 * 1_900);
  }

  @Test
  void chargesPerAuthorizationInPrague() {
    Authorization auth = new Authorization(UInt256.ZERO, TO, 0, 0, BigInteger.ONE, BigInteger.ONE);
    SetCodeTransaction tx = new SetCodeTransaction(ChainId.MAINNET, 0, Wei.ZERO, Wei.ZERO, 100_000, TO, Wei.ZERO,
        Bytes.EMPTY, AccessList.EMPTY, List.of(auth, auth), NO_SIGNATURE);

    assertThat(TransactionRules.of(Fork.PRAGUE).intrinsicGas(tx)).isEqualTo(21_000 + 2 * 25_000);
  }

  @Test
  void floorDataGasStartsInPrague() {
    LegacyTransaction tx = legacy(Optional.of(TO), Bytes.of((byte) 0, (byte) 1, (byte) 2));

    assertThat(TransactionRules.of(Fork.CANCUN).floorDataGas(tx)).isZero();
    // EIP-7623: 1 token per zero byte, 4 per non-zero byte, 10 gas per token.
    assertThat(TransactionRules.of(Fork.PRAGUE).floorDataGas(tx)).isEqualTo(21_000 + (1 + 4 + 4) * 10);
  }

  @ParameterizedTest(name = "{0} introduced in {1}")
  @CsvSource({"ACCESS_LIST, BERLIN", "DYNAMIC_FEE, LONDON", "BLOB, CANCUN", "SET_CODE, PRAGUE"})
  void typedTransactionsArriveWithTheirFork(TransactionType type, Fork introducedIn) {
    for (Fork fork : Fork.values()) {
      assertThat(TransactionRules.of(fork).allows(type)).as(fork.name()).isEqualTo(fork.isAtLeast(introducedIn));
      assertThat(TransactionRules.of(fork).allows(TransactionType.LEGACY)).isTrue();
    }
  }

  @Test
  void signatureRulesTightenAtHomesteadAndSpuriousDragon() {
    assertThat(TransactionRules.of(Fork.FRONTIER).lowSRequired()).isFalse();
    assertThat(TransactionRules.of(Fork.HOMESTEAD).lowSRequired()).isTrue();
    assertThat(TransactionRules.of(Fork.TANGERINE_WHISTLE).replayProtection()).isFalse();
    assertThat(TransactionRules.of(Fork.SPURIOUS_DRAGON).replayProtection()).isTrue();
  }

  @Test
  void blobLimitRisesInPrague() {
    assertThat(TransactionRules.of(Fork.SHANGHAI).maxBlobsPerBlock()).isZero();
    assertThat(TransactionRules.of(Fork.CANCUN).maxBlobsPerBlock()).isEqualTo(6);
    assertThat(TransactionRules.of(Fork.PRAGUE).maxBlobsPerBlock()).isEqualTo(9);
  }

  @Test
  void everyForkHasRules() {
    for (Fork fork : Fork.values()) {
      assertThat(TransactionRules.of(fork).fork()).isEqualTo(fork);
    }
  }
}
