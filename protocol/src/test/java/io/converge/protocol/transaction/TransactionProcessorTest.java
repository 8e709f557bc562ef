package io.converge.protocol.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.evm.BlockContext;
import io.converge.evm.ContractAddress;
import io.converge.protocol.fork.BlobGasRules;
import io.converge.state.StateDatabase;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionValidity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The state transition on the real EVM and a real trie-backed state. */
class TransactionProcessorTest {
  /** The key the official fixtures sign with, and its address. */
  private static final byte[] KEY =
      Bytes.fromHex("45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8").toArray();
  private static final Address SENDER = Address.fromHex("a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  private static final Address RECIPIENT = Address.fromHex("095e7baea6a6c7c4c2dfeb977efac326af552d87");
  private static final Address COINBASE = Address.fromHex("2adc25665018aa1fe0e6bc666dac8fc2697ff9ba");
  private static final Wei ONE_ETHER = Wei.of(1_000_000_000_000_000_000L);
  private static final long BLOCK_GAS_LIMIT = 30_000_000;

  private final TrieWorldState world = StateDatabase.inMemory().empty();

  TransactionProcessorTest() {
    world.setBalance(SENDER, ONE_ETHER);
    world.rootHash();
  }

  private static TransactionProcessor processor(Fork fork) {
    return new TransactionProcessor(fork, ChainId.MAINNET, EvmMessageExecutor.forFork(fork));
  }

  private static BlockContext block(Wei baseFee, Wei blobBaseFee) {
    return new BlockContext(COINBASE, 1, 1000, BLOCK_GAS_LIMIT, UInt256.ZERO, Hash.ZERO, baseFee, 1, blobBaseFee,
        n -> Hash.ZERO);
  }

  private static Transaction legacy(long nonce, long gasPrice, long gasLimit, Optional<Address> to, long value,
      Bytes data) {
    return LegacyTransaction.unsigned(nonce, Wei.of(gasPrice), gasLimit, to, Wei.of(value), data, Optional.empty())
        .signedWith(KEY, Secp256k1.best());
  }

  private static Transaction dynamicFee(long nonce, long maxPriorityFee, long maxFee, long gasLimit, Address to,
      long value) {
    return DynamicFeeTransaction.unsigned(ChainId.MAINNET, nonce, Wei.of(maxPriorityFee), Wei.of(maxFee), gasLimit,
        Optional.of(to), Wei.of(value), Bytes.EMPTY, AccessList.EMPTY).signedWith(KEY, Secp256k1.best());
  }

  private TransactionOutcome process(Fork fork, Transaction tx, Wei baseFee) {
    return processor(fork).process(world, tx, block(baseFee, Wei.of(1)), BLOCK_GAS_LIMIT, BlobGasRules.CANCUN.maxPerBlock(),
        null);
  }

  private static TransactionOutcome.Executed executed(TransactionOutcome outcome) {
    assertThat(outcome).isInstanceOf(TransactionOutcome.Executed.class);
    return (TransactionOutcome.Executed) outcome;
  }

  private static InvalidTransaction invalid(TransactionOutcome outcome) {
    assertThat(outcome).isInstanceOf(TransactionOutcome.Invalid.class);
    return ((TransactionOutcome.Invalid) outcome).reason();
  }

  @Test
  void transferPaysThePriorityFeeToTheCoinbaseAndBurnsTheBaseFee() {
    TransactionOutcome.Executed out = executed(process(Fork.CANCUN, dynamicFee(0, 2, 100, 50_000, RECIPIENT, 5),
        Wei.of(10)));

    assertThat(out.gasUsed()).isEqualTo(21_000);
    assertThat(out.succeeded()).isTrue();
    // effective price min(100, 10 + 2) = 12: the sender pays 12 per gas, the coinbase earns 2, 10 are burnt
    assertThat(world.balance(SENDER)).isEqualTo(ONE_ETHER.subtract(Wei.of(21_000 * 12 + 5)));
    assertThat(world.balance(COINBASE)).isEqualTo(Wei.of(21_000 * 2));
    assertThat(world.balance(RECIPIENT)).isEqualTo(Wei.of(5));
    assertThat(world.nonce(SENDER)).isEqualTo(1);
  }

  @Test
  void beforeLondonTheCoinbaseEarnsTheWholeGasPrice() {
    executed(process(Fork.BERLIN, legacy(0, 10, 21_000, Optional.of(RECIPIENT), 0, Bytes.EMPTY), Wei.ZERO));
    assertThat(world.balance(COINBASE)).isEqualTo(Wei.of(21_000 * 10));
    assertThat(world.balance(SENDER)).isEqualTo(ONE_ETHER.subtract(Wei.of(21_000 * 10)));
  }

  @Test
  void rejectsAWrongNonceWithExpectedAndActual() {
    Hash before = world.rootHash();
    assertThat(invalid(process(Fork.CANCUN, dynamicFee(3, 1, 10, 21_000, RECIPIENT, 0), Wei.of(1))))
        .isEqualTo(new InvalidTransaction.NonceTooHigh(0, 3));
    world.setNonce(SENDER, 5);
    world.rootHash();
    assertThat(invalid(process(Fork.CANCUN, dynamicFee(4, 1, 10, 21_000, RECIPIENT, 0), Wei.of(1))))
        .isEqualTo(new InvalidTransaction.NonceTooLow(5, 4));
    world.setNonce(SENDER, 0);
    assertThat(world.rootHash()).isEqualTo(before);
  }

  @Test
  void rejectsASenderThatCannotPayGasAndValueUpFront() {
    Hash before = world.rootHash();
    // 21000 * 10 + (1 ether - 1) exceeds the balance by 209999 wei, though the gas actually used would fit
    InvalidTransaction reason = invalid(process(Fork.CANCUN,
        dynamicFee(0, 0, 10, 21_000, RECIPIENT, 1_000_000_000_000_000_000L - 1), Wei.of(1)));
    assertThat(reason).isInstanceOf(InvalidTransaction.InsufficientFunds.class);
    assertThat(((InvalidTransaction.InsufficientFunds) reason).balance()).isEqualTo(ONE_ETHER);
    assertThat(world.rootHash()).isEqualTo(before);
  }

  @Test
  void rejectsAFeeCapBelowTheBaseFee() {
    assertThat(invalid(process(Fork.LONDON, dynamicFee(0, 1, 9, 21_000, RECIPIENT, 0), Wei.of(10))))
        .isEqualTo(new InvalidTransaction.FeeCapBelowBaseFee(Wei.of(10), Wei.of(9)));
    assertThat(invalid(process(Fork.LONDON, legacy(0, 9, 21_000, Optional.of(RECIPIENT), 0, Bytes.EMPTY),
        Wei.of(10)))).isEqualTo(new InvalidTransaction.FeeCapBelowBaseFee(Wei.of(10), Wei.of(9)));
  }

  @Test
  void rejectsASenderWithCode() {
    world.setCode(SENDER, Bytes.fromHex("00"));
    InvalidTransaction reason = invalid(process(Fork.CANCUN, dynamicFee(0, 1, 10, 21_000, RECIPIENT, 0), Wei.of(1)));
    assertThat(reason).isInstanceOf(InvalidTransaction.SenderHasCode.class);
  }

  @Test
  void rejectsAGasLimitAboveWhatTheBlockHasLeft() {
    TransactionOutcome outcome = processor(Fork.CANCUN).process(world, dynamicFee(0, 1, 10, 50_000, RECIPIENT, 0),
        block(Wei.of(1), Wei.of(1)), 40_000, 0, null);
    assertThat(invalid(outcome)).isEqualTo(new InvalidTransaction.GasLimitExceedsBlock(40_000, 50_000));
  }

  @Test
  void rejectsTooLittleGasForTheIntrinsicCost() {
    InvalidTransaction reason = invalid(process(Fork.CANCUN, dynamicFee(0, 1, 10, 20_999, RECIPIENT, 0), Wei.of(1)));
    assertThat(reason).isEqualTo(new InvalidTransaction.StaticRuleBroken(
        new TransactionValidity.IntrinsicGasTooLow(21_000, 20_999)));
  }

  /** Clears storage slots 0 and 1, which hold 1: two refunds that exceed both caps. */
  private static final Bytes CLEAR_TWO_SLOTS = Bytes.fromHex("6000600055600060015500");

  private void deployClearer() {
    world.setCode(RECIPIENT, CLEAR_TWO_SLOTS);
    world.setStorage(RECIPIENT, UInt256.ZERO, UInt256.of(1));
    world.setStorage(RECIPIENT, UInt256.of(1), UInt256.of(1));
    world.rootHash();
  }

  @Test
  void refundIsCappedAtAFifthOfGasUsedFromLondon() {
    deployClearer();
    TransactionOutcome.Executed out = executed(process(Fork.LONDON,
        dynamicFee(0, 0, 1, 100_000, RECIPIENT, 0), Wei.of(1)));
    // 21000 + 4 pushes + 2 cold SSTOREs to zero (2100 + 2900 each) = 31012; refund 2 * 4800 capped at 31012 / 5
    assertThat(out.gasUsed()).isEqualTo(31_012 - 31_012 / 5);
    assertThat(world.storage(RECIPIENT, UInt256.ZERO)).isEqualTo(UInt256.ZERO);
  }

  @Test
  void refundIsCappedAtHalfOfGasUsedBeforeLondon() {
    deployClearer();
    TransactionOutcome.Executed out = executed(process(Fork.BERLIN,
        legacy(0, 1, 100_000, Optional.of(RECIPIENT), 0, Bytes.EMPTY), Wei.ZERO));
    // the same 31012 gas with 2 * 15000 refunded, capped at 31012 / 2
    assertThat(out.gasUsed()).isEqualTo(31_012 - 31_012 / 2);
  }

  @Test
  void creationDeploysAtTheAddressOfSenderAndNonce() {
    // init code: return the one-byte runtime code 0x00 (PUSH1 0 PUSH1 0 MSTORE8 PUSH1 1 PUSH1 0 RETURN)
    Bytes init = Bytes.fromHex("600060005360016000f3");
    TransactionOutcome.Executed out = executed(process(Fork.CANCUN,
        legacy(0, 10, 100_000, Optional.empty(), 7, init), Wei.of(10)));
    Address expected = ContractAddress.forCreate(SENDER, 0);
    assertThat(out.contractAddress()).contains(expected);
    assertThat(world.code(expected)).isEqualTo(Bytes.fromHex("00"));
    assertThat(world.balance(expected)).isEqualTo(Wei.of(7));
    assertThat(world.nonce(expected)).isEqualTo(1);
  }

  @Test
  void revertedExecutionKeepsTheFeeAndNonceButNoChanges() {
    // SSTORE 1 at slot 0, then REVERT
    world.setCode(RECIPIENT, Bytes.fromHex("600160005560006000fd"));
    world.rootHash();
    TransactionOutcome.Executed out = executed(process(Fork.CANCUN,
        legacy(0, 10, 100_000, Optional.of(RECIPIENT), 3, Bytes.EMPTY), Wei.of(10)));
    assertThat(out.status()).isEqualTo(TransactionOutcome.Status.REVERTED);
    assertThat(world.storage(RECIPIENT, UInt256.ZERO)).isEqualTo(UInt256.ZERO);
    assertThat(world.balance(RECIPIENT)).isEqualTo(Wei.ZERO);
    assertThat(world.nonce(SENDER)).isEqualTo(1);
    assertThat(world.balance(SENDER)).isEqualTo(ONE_ETHER.subtract(Wei.of(out.gasUsed() * 10)));
  }

  @Test
  void zeroFeeRemovesAnEmptyCoinbaseFromSpuriousDragon() {
    world.ensureExists(COINBASE);
    world.rootHash();
    executed(process(Fork.CANCUN, dynamicFee(0, 0, 10, 21_000, RECIPIENT, 1), Wei.of(10)));
    assertThat(world.exists(COINBASE)).isFalse();
  }

  @Test
  void zeroFeeCreatesAnEmptyCoinbaseBeforeSpuriousDragon() {
    executed(process(Fork.HOMESTEAD, legacy(0, 0, 21_000, Optional.of(RECIPIENT), 0, Bytes.EMPTY), Wei.ZERO));
    assertThat(world.exists(COINBASE)).isTrue();
    assertThat(world.exists(RECIPIENT)).isTrue();
  }

  @Test
  void touchedEmptyAccountsAreDeletedFromSpuriousDragon() {
    world.ensureExists(RECIPIENT);
    world.rootHash();
    executed(process(Fork.CANCUN, dynamicFee(0, 0, 10, 21_000, RECIPIENT, 0), Wei.of(10)));
    assertThat(world.exists(RECIPIENT)).isFalse();
  }

  @Test
  void blobFeeIsChargedAndBurntAndItsCapChecked() {
    Hash versioned = Hash.fromHex("0100000000000000000000000000000000000000000000000000000000000000");
    Transaction blob = BlobTransaction.unsigned(ChainId.MAINNET, 0, Wei.of(0), Wei.of(10), 21_000, RECIPIENT,
        Wei.ZERO, Bytes.EMPTY, AccessList.EMPTY, Wei.of(3), List.of(versioned)).signedWith(KEY, Secp256k1.best());

    InvalidTransaction tooCheap = invalid(processor(Fork.CANCUN).process(world, blob, block(Wei.of(10), Wei.of(4)),
        BLOCK_GAS_LIMIT, BlobGasRules.CANCUN.maxPerBlock(), null));
    assertThat(tooCheap).isEqualTo(new InvalidTransaction.BlobFeeCapBelowBlobBaseFee(Wei.of(4), Wei.of(3)));

    TransactionOutcome.Executed out = executed(processor(Fork.CANCUN).process(world, blob,
        block(Wei.of(10), Wei.of(2)), BLOCK_GAS_LIMIT, BlobGasRules.CANCUN.maxPerBlock(), null));
    assertThat(out.blobGasUsed()).isEqualTo(BlobGasRules.CANCUN.gasPerBlob());
    assertThat(world.balance(SENDER))
        .isEqualTo(ONE_ETHER.subtract(Wei.of(21_000 * 10 + BlobGasRules.CANCUN.gasPerBlob() * 2)));
    assertThat(world.exists(COINBASE)).isFalse();
  }
}
