package io.converge.protocol.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.protocol.fork.ForkRules;
import io.converge.protocol.transaction.InvalidTransaction;
import io.converge.protocol.transaction.SystemCalls;
import io.converge.state.StateDatabase;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.block.Withdrawal;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Block-level state changes on the real EVM and state: system call, rewards, withdrawals, rejection. */
class BlockProcessorTest {
  private static final Address MINER = Address.fromHex("2adc25665018aa1fe0e6bc666dac8fc2697ff9ba");
  private static final Address UNCLE_MINER = Address.fromHex("00000000000000000000000000000000000000aa");
  private static final Address ALICE = Address.fromHex("00000000000000000000000000000000000a11ce");
  private static final Address NOBODY = Address.fromHex("000000000000000000000000000000000000dead");
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);
  /** EIP-4788's contract, as deployed on mainnet. */
  private static final Bytes BEACON_ROOTS_CODE = Bytes.fromHex("3373fffffffffffffffffffffffffffffffffffffffe14604d5760"
      + "2036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b6200"
      + "1fff42064281555f359062001fff015500");

  private final BlockProcessor processor = new BlockProcessor(ChainId.MAINNET);
  private final TrieWorldState world = StateDatabase.inMemory().empty();

  private BlockOutcome.Processed execute(Block block, Fork fork) {
    BlockOutcome outcome = processor.execute(world, block, fork, n -> Hash.ZERO, false);
    assertThat(outcome).isInstanceOf(BlockOutcome.Processed.class);
    return (BlockOutcome.Processed) outcome;
  }

  @Test
  void paysTheMinerAndOmmerMinersBeforeTheMerge() {
    BlockHeader ommer = BlockHeader.builder().number(9).coinbase(UNCLE_MINER).build();
    Block block = new Block(BlockHeader.builder().number(10).coinbase(MINER).gasLimit(1_000_000).build(),
        new BlockBody(List.of(), List.of(ommer), Optional.empty()));

    execute(block, Fork.BYZANTIUM);

    BigInteger reward = ETHER.multiply(BigInteger.valueOf(3));
    assertThat(world.balance(MINER)).isEqualTo(new Wei(reward.add(reward.divide(BigInteger.valueOf(32)))));
    assertThat(world.balance(UNCLE_MINER))
        .isEqualTo(new Wei(reward.multiply(BigInteger.valueOf(7)).divide(BigInteger.valueOf(8))));
  }

  @Test
  void paysNoRewardAfterTheMerge() {
    Block block = new Block(shanghaiHeader().build(), new BlockBody(List.of(), List.of(), Optional.of(List.of())));
    execute(block, Fork.SHANGHAI);
    assertThat(world.exists(MINER)).isFalse();
  }

  @Test
  void creditsWithdrawalsInGweiAndKeepsNoAccountAZeroWithdrawalWouldLeaveEmpty() {
    List<Withdrawal> withdrawals = List.of(new Withdrawal(0, 1, ALICE, 5), new Withdrawal(1, 2, NOBODY, 0));
    Block block = new Block(shanghaiHeader().withdrawalsRoot(BlockProcessor.withdrawalsRoot(withdrawals)).build(),
        new BlockBody(List.of(), List.of(), Optional.of(withdrawals)));

    execute(block, Fork.SHANGHAI);

    assertThat(world.balance(ALICE)).isEqualTo(Wei.of(5_000_000_000L));
    assertThat(world.exists(NOBODY)).isFalse();
  }

  @Test
  void storesTheParentBeaconRootThroughTheSystemCallWithoutCreatingTheSystemAccount() {
    Address contract = ForkRules.BEACON_ROOTS_ADDRESS;
    world.setNonce(contract, 1);
    world.setCode(contract, BEACON_ROOTS_CODE);
    world.rootHash();
    Hash root = Hash.keccak256(new byte[] {42});
    long timestamp = 20_000;
    Block block = new Block(shanghaiHeader().timestamp(timestamp).blobGasUsed(0).excessBlobGas(0)
        .parentBeaconBlockRoot(root).build(), new BlockBody(List.of(), List.of(), Optional.of(List.of())));

    execute(block, Fork.CANCUN);

    long index = timestamp % 8191;
    assertThat(world.storage(contract, UInt256.of(index))).isEqualTo(UInt256.of(timestamp));
    assertThat(world.storage(contract, UInt256.of(index + 8191)))
        .isEqualTo(new UInt256(new BigInteger(1, root.toArray())));
    assertThat(world.exists(SystemCalls.SYSTEM_ADDRESS)).isFalse();
  }

  @Test
  void rejectsABlockWithATransactionThatCannotBeIncluded() {
    byte[] key = Bytes.fromHex("45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8").toArray();
    Address sender = Address.fromHex("a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    world.setBalance(sender, new Wei(ETHER));
    world.rootHash();
    Transaction tx = LegacyTransaction.unsigned(5, Wei.of(10), 21_000, Optional.of(ALICE), Wei.ZERO, Bytes.EMPTY,
        Optional.of(ChainId.MAINNET)).signedWith(key, Secp256k1.best());
    Block block = new Block(BlockHeader.builder().number(1).coinbase(MINER).gasLimit(1_000_000).build(),
        new BlockBody(List.of(tx), List.of(), Optional.empty()));

    BlockOutcome outcome = processor.execute(world, block, Fork.BERLIN, n -> Hash.ZERO, false);

    assertThat(outcome).isEqualTo(new BlockOutcome.Rejected(
        new BodyViolation.InvalidTransactionInBlock(0, tx.hash(), new InvalidTransaction.NonceTooHigh(0, 5))));
  }

  @Test
  void movesTheDaoAccountsBalancesToTheRefundContractAtTheDaoBlock() {
    Address drained = DaoFork.DRAIN_ACCOUNTS.get(0);
    world.setBalance(drained, Wei.of(1234));
    world.rootHash();
    Block block = new Block(BlockHeader.builder().number(5).coinbase(MINER).gasLimit(1_000_000).build(),
        BlockBody.EMPTY);

    processor.execute(world, block, Fork.HOMESTEAD, n -> Hash.ZERO, true);

    assertThat(world.balance(drained)).isEqualTo(Wei.ZERO);
    assertThat(world.balance(DaoFork.REFUND_CONTRACT)).isEqualTo(Wei.of(1234));
  }

  private static BlockHeader.Builder shanghaiHeader() {
    return BlockHeader.builder().number(1).timestamp(12).coinbase(MINER).gasLimit(30_000_000)
        .baseFeePerGas(Wei.of(7)).withdrawalsRoot(BlockProcessor.withdrawalsRoot(List.of()));
  }
}
