package io.converge.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Wei;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Every rejection reaches the caller as a typed reason whose message is Geth's text. */
class RejectionTest {
  private final PoolFixture f = new PoolFixture();
  private final Signer alice = f.funded(0);

  private Rejection rejectionOf(AdmissionResult result) {
    assertThat(result).isInstanceOf(AdmissionResult.Rejected.class);
    return ((AdmissionResult.Rejected) result).reason();
  }

  @Test
  void rejectsNonceBelowAccountNonceWithGethWording() {
    f.state.nonce(alice.address(), 5);

    Rejection r = rejectionOf(f.remote(alice.dynamic(3, 2, 200)));

    assertThat(r).isEqualTo(new Rejection.NonceTooLow(5, 3));
    assertThat(r.message()).isEqualTo("nonce too low: next nonce 5, tx nonce 3");
  }

  @Test
  void rejectsTransactionTheBalanceCannotCover() {
    Signer poor = Signer.number(7);
    f.state.fund(poor.address(), Wei.of(1_000));

    Rejection r = rejectionOf(f.remote(poor.dynamic(0, 2, 200)));

    // cost = 21000 * 200 + 1 wei of value
    assertThat(r).isEqualTo(new Rejection.InsufficientFunds(Wei.of(1_000), Wei.of(4_200_001)));
    assertThat(r.message())
        .isEqualTo("insufficient funds for gas * price + value: balance 1000, tx cost 4200001, overshot 4199001");
  }

  @Test
  void rejectsOverdraftAcrossPooledTransactions() {
    Signer s = Signer.number(8);
    f.state.fund(s.address(), Wei.of(5_000_000));
    assertThat(f.remote(s.dynamic(0, 2, 200)).isAccepted()).isTrue();

    Rejection r = rejectionOf(f.remote(s.dynamic(1, 2, 200)));

    assertThat(r).isInstanceOf(Rejection.Overdraft.class);
    assertThat(r.message()).isEqualTo("insufficient funds for gas * price + value: balance 5000000, "
        + "queued cost 4200001, tx cost 4200001, overshot 3400002");
  }

  @Test
  void rejectsGasLimitBelowIntrinsicGas() {
    Rejection r = rejectionOf(f.remote(alice.dynamic(0, 2, 200, 20_000, Bytes.EMPTY, Signer.CHAIN)));

    assertThat(r).isEqualTo(new Rejection.IntrinsicGasTooLow(20_000, 21_000));
    assertThat(r.message()).isEqualTo("intrinsic gas too low: gas 20000, minimum needed 21000");
  }

  @Test
  void rejectsFeeCapBelowBaseFee() {
    Rejection r = rejectionOf(f.remote(alice.dynamic(0, 2, 99)));

    assertThat(r).isEqualTo(new Rejection.FeeCapTooLow(alice.address(), Wei.of(99), Wei.of(100)));
    assertThat(r.message()).startsWith("max fee per gas less than block base fee: address 0x")
        .endsWith(", maxFeePerGas: 99, baseFee: 100");
  }

  @Test
  void printsAddressesWithTheEip55Checksum() {
    // The EIP-55 specification's own example.
    var address = io.converge.types.Address.fromHex("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
    assertThat(Rejection.checksummed(address)).isEqualTo("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
  }

  @Test
  void rejectsUnderpricedReplacement() {
    f.remote(alice.dynamic(0, 100, 1_000));

    Rejection r = rejectionOf(f.remote(alice.dynamic(0, 100, 2_000)));

    assertThat(r.message()).isEqualTo("replacement transaction underpriced");
  }

  @Test
  void rejectsSignatureThatRecoversNoSender() {
    Transaction tx = alice.dynamic(0, 2, 200);
    // Half of all x coordinates are on no curve point: the first such r recovers no key.
    io.converge.crypto.secp256k1.Signature noKey = null;
    for (long r = 1; noKey == null; r++) {
      var candidate = new io.converge.crypto.secp256k1.Signature(BigInteger.valueOf(r), BigInteger.ONE, 0);
      if (io.converge.crypto.secp256k1.Secp256k1.best().recover(tx.signingHash().toArray(), candidate).isEmpty()) {
        noKey = candidate;
      }
    }

    Rejection r = rejectionOf(f.remote(tx.withSignature(noKey)));

    assertThat(r).isEqualTo(new Rejection.InvalidSender("invalid transaction v, r, s values"));
    assertThat(r.message()).isEqualTo("invalid sender: invalid transaction v, r, s values");
  }

  @Test
  void rejectsOutOfRangeSignatureAsInvalidSender() {
    Transaction tx = alice.dynamic(0, 2, 200);
    var bad = tx.withSignature(new io.converge.crypto.secp256k1.Signature(BigInteger.ZERO, BigInteger.ONE, 0));

    Rejection r = rejectionOf(f.remote(bad));

    assertThat(r.message()).isEqualTo("invalid sender: invalid transaction v, r, s values");
  }

  @Test
  void rejectsOversizedData() {
    Bytes big = Bytes.wrap(new byte[130 * 1024]);
    Rejection r = rejectionOf(f.remote(alice.dynamic(0, 2, 200, 29_000_000, big, Signer.CHAIN)));

    assertThat(r).isInstanceOf(Rejection.OversizedData.class);
    assertThat(r.message()).startsWith("oversized data: transaction size ").endsWith(", limit 131072");
  }

  @Test
  void rejectsOtherChainId() {
    Rejection r = rejectionOf(f.remote(alice.dynamic(0, 2, 200, Signer.GAS, Bytes.EMPTY, ChainId.of(5))));

    assertThat(r).isEqualTo(new Rejection.InvalidChainId(Signer.CHAIN, ChainId.of(5)));
    assertThat(r.message()).isEqualTo("invalid chain id for signer: have 5 want 1337");
  }

  @Test
  void rejectsTransactionAlreadyPooled() {
    Transaction tx = alice.dynamic(0, 2, 200);
    f.remote(tx);

    assertThat(rejectionOf(f.remote(tx)).message()).isEqualTo("already known");
  }

  @Test
  void rejectsGasLimitAboveBlockGasLimit() {
    Rejection r = rejectionOf(f.remote(alice.dynamic(0, 2, 200, 30_000_001, Bytes.EMPTY, Signer.CHAIN)));

    assertThat(r).isEqualTo(new Rejection.GasLimitExceeded(30_000_000, 30_000_001));
    assertThat(r.message()).isEqualTo("exceeds block gas limit");
  }

  @Test
  void rejectsTipBelowTheConfiguredMinimum() {
    PoolFixture strict = new PoolFixture(PoolConfig.DEFAULT.withMinTip(Wei.of(5)));
    Signer s = strict.funded(3);

    Rejection r = rejectionOf(strict.remote(s.dynamic(0, 4, 200)));

    assertThat(r).isEqualTo(new Rejection.TipBelowMinimum(Wei.of(4), Wei.of(5)));
    assertThat(r.message()).isEqualTo("transaction gas price below minimum: gas tip cap 4, minimum needed 5");
  }

  @Test
  void rejectsTipAboveFeeCap() {
    assertThat(rejectionOf(f.remote(alice.dynamic(0, 300, 200))).message())
        .isEqualTo("max priority fee per gas higher than max fee per gas");
  }

  @Test
  void rejectsBlobFeeCapBelowBlobBaseFee() {
    f.pool.onNewHead(new HeadInfo(2, Wei.of(100), Wei.of(50), 30_000_000, Fork.CANCUN, Signer.CHAIN),
        java.util.List.of());

    Rejection r = rejectionOf(f.remote(alice.blob(0, 2, 200, 49)));

    assertThat(r).isEqualTo(new Rejection.BlobFeeCapTooLow(alice.address(), Wei.of(49), Wei.of(50)));
    assertThat(r.message()).startsWith("max fee per blob gas less than block blob gas fee: address 0x")
        .endsWith(" blobGasFeeCap: 49, blobBaseFee: 50");
  }

  @Test
  void rejectsTypeTheForkDoesNotAcceptYet() {
    f.pool.onNewHead(new HeadInfo(2, Wei.of(100), Wei.ZERO, 30_000_000, Fork.SHANGHAI, Signer.CHAIN),
        java.util.List.of());

    Rejection r = rejectionOf(f.remote(alice.blob(0, 2, 200, 1)));

    assertThat(r.message()).startsWith("transaction type not supported");
  }

  @Test
  void rejectsQueuedTransactionsBeyondTheAccountQueue() {
    PoolFixture small = new PoolFixture(PoolConfig.DEFAULT.withSlots(16, 5120, 2, 1024));
    Signer s = small.funded(1);
    small.remote(s.dynamic(5, 2, 200));
    small.remote(s.dynamic(6, 2, 200));

    Rejection r = rejectionOf(small.remote(s.dynamic(7, 2, 200)));

    assertThat(r).isEqualTo(new Rejection.AccountLimitExceeded(2, 2));
    assertThat(r.message()).isEqualTo("account limit exceeded: pooled 2 txs");
  }

  @Test
  void limitsBlobTransactionsPerAccountSeparately() {
    PoolFixture small = new PoolFixture(PoolConfig.DEFAULT.withBlobAccountLimit(2));
    Signer s = small.funded(1);
    small.remote(s.blob(0, 2, 200, 5));
    small.remote(s.blob(1, 2, 200, 5));

    Rejection r = rejectionOf(small.remote(s.blob(2, 2, 200, 5)));

    assertThat(r).isEqualTo(new Rejection.AccountLimitExceeded(2, 2));
    // The limit is on blob transactions only: the account may still send ordinary ones.
    assertThat(small.remote(s.dynamic(2, 2, 200)).isAccepted()).isTrue();
  }

  @Test
  void rejectsCalldataBelowTheFloorPriceFromPrague() {
    f.pool.onNewHead(new HeadInfo(2, Wei.of(100), Wei.of(1), 30_000_000, Fork.PRAGUE, Signer.CHAIN),
        java.util.List.of());
    byte[] data = new byte[1_000];
    java.util.Arrays.fill(data, (byte) 1);

    // intrinsic 21000 + 1000 * 16 = 37000; EIP-7623 floor 21000 + 4000 tokens * 10 = 61000
    Rejection r = rejectionOf(f.remote(alice.dynamic(0, 2, 200, 40_000, Bytes.wrap(data), Signer.CHAIN)));

    assertThat(r).isEqualTo(new Rejection.FloorDataGasTooLow(40_000, 61_000));
    assertThat(r.message()).isEqualTo("insufficient gas for floor data gas cost: gas 40000, minimum needed 61000");
  }

  @Test
  void turnsUndecodableBytesIntoARejection() {
    AdmissionResult result = f.pool.addRaw(new byte[] {0x7f, 0x01, 0x02});

    assertThat(rejectionOf(result)).isInstanceOf(Rejection.Undecodable.class);
    assertThat(rejectionOf(f.pool.addRaw(new byte[0]))).isInstanceOf(Rejection.Undecodable.class);
  }

  @Test
  void admitsRawEncodingOfAValidTransaction() {
    Transaction tx = alice.dynamic(0, 2, 200);

    assertThat(f.pool.addRaw(tx.encoded().toArray())).isEqualTo(new AdmissionResult.Added(tx.hash(), Slot.PENDING));
    assertThat(f.pool.get(tx.hash())).contains(tx);
  }

  @Test
  void everyListedReasonStartsWithGethsText() {
    assertThat(new Rejection.NonceTooLow(1, 0).message()).startsWith("nonce too low");
    assertThat(new Rejection.InsufficientFunds(Wei.ZERO, Wei.of(1)).message())
        .startsWith("insufficient funds for gas * price + value");
    assertThat(new Rejection.IntrinsicGasTooLow(1, 2).message()).startsWith("intrinsic gas too low");
    assertThat(new Rejection.FeeCapTooLow(alice.address(), Wei.of(1), Wei.of(2)).message())
        .startsWith("max fee per gas less than block base fee");
    assertThat(new Rejection.ReplacementUnderpriced(Wei.of(1), Wei.of(1), Wei.of(1), Wei.of(1), 10).message())
        .startsWith("replacement transaction underpriced");
    assertThat(new Rejection.InvalidSender("x").message()).startsWith("invalid sender");
    assertThat(new Rejection.OversizedData(2, 1).message()).startsWith("oversized data");
    assertThat(new Rejection.InvalidChainId(ChainId.of(1), ChainId.of(2)).message()).startsWith("invalid chain id");
    assertThat(new Rejection.PoolFull(1).message()).isEqualTo("txpool is full");
  }
}
