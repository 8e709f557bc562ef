package io.converge.protocol.fork;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Fork;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ForkRulesTest {

  @Test
  void refundCapTightensAtLondon() {
    assertThat(ForkRules.of(Fork.BERLIN).refundQuotient()).isEqualTo(2);
    assertThat(ForkRules.of(Fork.LONDON).refundQuotient()).isEqualTo(5);
    assertThat(ForkRules.of(Fork.CANCUN).refundQuotient()).isEqualTo(5);
  }

  @Test
  void emptyAccountsAreClearedFromSpuriousDragon() {
    assertThat(ForkRules.of(Fork.TANGERINE_WHISTLE).clearsEmptyAccounts()).isFalse();
    assertThat(ForkRules.of(Fork.SPURIOUS_DRAGON).clearsEmptyAccounts()).isTrue();
    assertThat(ForkRules.of(Fork.CANCUN).clearsEmptyAccounts()).isTrue();
  }

  @Test
  void baseFeeMarketStartsAtLondonAndBlobsAtCancun() {
    assertThat(ForkRules.of(Fork.BERLIN).feeMarket()).isFalse();
    assertThat(ForkRules.of(Fork.LONDON).feeMarket()).isTrue();
    assertThat(ForkRules.of(Fork.SHANGHAI).blobGas()).isEmpty();
    assertThat(ForkRules.of(Fork.CANCUN).blobGas()).contains(BlobGasRules.CANCUN);
    assertThat(ForkRules.of(Fork.CANCUN).beaconRootsAddress()).contains(ForkRules.BEACON_ROOTS_ADDRESS);
    assertThat(ForkRules.of(Fork.PRAGUE).blobGas()).contains(BlobGasRules.PRAGUE);
  }

  @Test
  void blobBaseFeeIsTheMinimumWithoutExcessAndGrowsExponentially() {
    BlobGasRules cancun = BlobGasRules.CANCUN;
    assertThat(cancun.baseFee(0)).isEqualTo(BigInteger.ONE);
    // e^1 rounded down by the spec's Taylor series
    assertThat(cancun.baseFee(cancun.baseFeeUpdateFraction())).isEqualTo(BigInteger.TWO);
    // e^10 = 22026.47 (the series gives 22026)
    assertThat(cancun.baseFee(10 * cancun.baseFeeUpdateFraction())).isEqualTo(BigInteger.valueOf(22026));
  }

  @Test
  void excessBlobGasCarriesUsageAboveTheTarget() {
    BlobGasRules cancun = BlobGasRules.CANCUN;
    assertThat(cancun.excessBlobGas(0, cancun.targetPerBlock())).isZero();
    assertThat(cancun.excessBlobGas(0, cancun.maxPerBlock())).isEqualTo(cancun.maxPerBlock() - cancun.targetPerBlock());
    assertThat(cancun.excessBlobGas(cancun.gasPerBlob(), 0)).isZero();
    assertThat(cancun.blobGas(6)).isEqualTo(cancun.maxPerBlock());
  }
}
