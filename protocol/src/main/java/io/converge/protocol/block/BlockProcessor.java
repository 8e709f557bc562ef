package io.converge.protocol.block;

import io.converge.evm.BlockContext;
import io.converge.evm.LogEntry;
import io.converge.evm.world.BlockHashLookup;
import io.converge.protocol.fork.BlobGasRules;
import io.converge.protocol.fork.ForkRules;
import io.converge.protocol.transaction.EvmMessageExecutor;
import io.converge.protocol.transaction.MessageExecutor;
import io.converge.protocol.transaction.SystemCalls;
import io.converge.protocol.transaction.TransactionOutcome;
import io.converge.protocol.transaction.TransactionProcessor;
import io.converge.rlp.RlpWriter;
import io.converge.state.TrieWorldState;
import io.converge.trie.OrderedTrie;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.block.BlockHeader;
import io.converge.types.block.Withdrawal;
import io.converge.types.receipt.Log;
import io.converge.types.receipt.LogsBloom;
import io.converge.types.receipt.Receipt;
import io.converge.types.receipt.ReceiptOutcome;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a block to the world state (execution-specs {@code apply_body} and the checks of {@code state_transition}
 * after it): the EIP-4788 beacon-roots call, the transactions, ommer and block rewards before the merge, withdrawals
 * from Shanghai, then the comparison of gas used, blob gas used, receipts root, bloom and state root with the header.
 * The body's own commitments (transactions root, ommers hash, withdrawals root) are checked by {@link #validateBody}.
 */
public final class BlockProcessor {
  private final ChainId chainId;
  private final Map<Fork, TransactionProcessor> processors = new EnumMap<>(Fork.class);
  private final Map<Fork, MessageExecutor> executors = new EnumMap<>(Fork.class);

  public BlockProcessor(ChainId chainId) {
    this.chainId = Objects.requireNonNull(chainId, "chainId");
  }

  public ChainId chainId() {
    return chainId;
  }

  /** The body against the header's commitments and the fork's shape, before anything runs. */
  public static Optional<BodyViolation> validateBody(Block block, Fork fork) {
    BlockHeader header = block.header();
    Hash ommersHash = ommersHash(block.body().ommers());
    if (!ommersHash.equals(header.ommersHash())) {
      return Optional.of(new BodyViolation.OmmersHashMismatch(header.ommersHash(), ommersHash));
    }
    List<Bytes> txs = new ArrayList<>(block.body().transactions().size());
    for (Transaction tx : block.body().transactions()) {
      txs.add(tx.encoded());
    }
    Hash txRoot = OrderedTrie.rootOf(txs);
    if (!txRoot.equals(header.transactionsRoot())) {
      return Optional.of(new BodyViolation.TransactionsRootMismatch(header.transactionsRoot(), txRoot));
    }
    boolean withdrawalsRequired = fork.isAtLeast(Fork.SHANGHAI);
    if (block.body().withdrawals().isPresent() != withdrawalsRequired) {
      return Optional.of(new BodyViolation.WithdrawalsPresence(fork, withdrawalsRequired));
    }
    if (withdrawalsRequired) {
      Hash root = withdrawalsRoot(block.body().withdrawals().orElseThrow());
      if (!root.equals(header.withdrawalsRoot().orElseThrow())) {
        return Optional.of(new BodyViolation.WithdrawalsRootMismatch(header.withdrawalsRoot().orElseThrow(), root));
      }
    }
    return Optional.empty();
  }

  public static Hash ommersHash(List<BlockHeader> ommers) {
    RlpWriter w = new RlpWriter();
    w.startList();
    for (BlockHeader o : ommers) {
      o.writeTo(w);
    }
    w.endList();
    return Hash.keccak256(w.toByteArray());
  }

  public static Hash withdrawalsRoot(List<Withdrawal> withdrawals) {
    List<Bytes> items = new ArrayList<>(withdrawals.size());
    for (Withdrawal wd : withdrawals) {
      RlpWriter w = new RlpWriter();
      wd.writeTo(w);
      items.add(Bytes.wrap(w.toByteArray()));
    }
    return OrderedTrie.rootOf(items);
  }

  public static Hash receiptsRoot(List<Receipt> receipts) {
    List<Bytes> items = new ArrayList<>(receipts.size());
    for (Receipt r : receipts) {
      items.add(Bytes.wrap(r.encoded()));
    }
    return OrderedTrie.rootOf(items);
  }

  /**
   * Runs {@code block} of fork {@code fork} on {@code world} (the parent's post-state) and checks the header's
   * commitments to the result. {@code ancestors} answers BLOCKHASH along the block's own branch; {@code daoTransition}
   * is set for the DAO fork block (EIP-779). On rejection the world is left half-changed and must be dropped.
   */
  public BlockOutcome process(TrieWorldState world, Block block, Fork fork, BlockHashLookup ancestors,
      boolean daoTransition) {
    BlockOutcome outcome = execute(world, block, fork, ancestors, daoTransition);
    if (outcome instanceof BlockOutcome.Processed processed) {
      Optional<BodyViolation> violation = compareWithHeader(block.header(), processed);
      if (violation.isPresent()) {
        return new BlockOutcome.Rejected(violation.get());
      }
    }
    return outcome;
  }

  /**
   * Runs the block without comparing the result with its header's gas used, roots and bloom: what a block builder
   * calls to learn them. Rejects only a transaction that cannot be included.
   */
  public BlockOutcome execute(TrieWorldState world, Block block, Fork fork, BlockHashLookup ancestors,
      boolean daoTransition) {
    BlockHeader header = block.header();
    ForkRules forkRules = ForkRules.of(fork);
    Optional<BlobGasRules> blobRules = forkRules.blobGas();
    BlockContext context = new BlockContext(header.coinbase(), header.number(), header.timestamp(),
        header.gasLimit(), header.difficulty(), header.mixHash(), header.baseFeePerGas().orElse(Wei.ZERO),
        chainId.value(), blobRules.map(r -> new Wei(r.baseFee(header.excessBlobGas().orElse(0)))).orElse(Wei.ZERO),
        ancestors);

    if (daoTransition) {
      DaoFork.apply(world);
    }
    if (forkRules.beaconRootsAddress().isPresent()) {
      new SystemCalls(forkRules, executor(fork)).storeBeaconRoot(world, context,
          header.parentBeaconBlockRoot().orElse(Hash.ZERO));
    }

    TransactionProcessor processor = transactionProcessor(fork);
    long maxBlobGas = blobRules.map(BlobGasRules::maxPerBlock).orElse(0L);
    long gasUsed = 0;
    long blobGasUsed = 0;
    List<Receipt> receipts = new ArrayList<>(block.body().transactions().size());
    LogsBloom.Builder bloom = new LogsBloom.Builder();
    List<Transaction> txs = block.body().transactions();
    for (int i = 0; i < txs.size(); i++) {
      Transaction tx = txs.get(i);
      TransactionOutcome outcome = processor.process(world, tx, context, header.gasLimit() - gasUsed,
          maxBlobGas - blobGasUsed, null);
      if (outcome instanceof TransactionOutcome.Invalid invalid) {
        return new BlockOutcome.Rejected(new BodyViolation.InvalidTransactionInBlock(i, tx.hash(), invalid.reason()));
      }
      TransactionOutcome.Executed executed = (TransactionOutcome.Executed) outcome;
      gasUsed += executed.gasUsed();
      blobGasUsed += executed.blobGasUsed();
      // Before Byzantium a receipt commits to the state after its transaction (EIP-658 replaced it by a status).
      ReceiptOutcome result = fork.isBefore(Fork.BYZANTIUM)
          ? new ReceiptOutcome.StateRoot(world.rootHash())
          : new ReceiptOutcome.Status(executed.succeeded());
      Receipt receipt = Receipt.of(tx.type(), result, gasUsed, logs(executed.logs()));
      bloom.add(receipt.bloom());
      receipts.add(receipt);
    }

    payRewards(world, block, fork);
    block.body().withdrawals().ifPresent(list -> withdraw(world, list));
    return new BlockOutcome.Processed(receipts, gasUsed, blobGasUsed, bloom.build(), receiptsRoot(receipts),
        world.rootHash());
  }

  /** The header's commitments against what execution produced, in the order execution-specs checks them. */
  public static Optional<BodyViolation> compareWithHeader(BlockHeader header, BlockOutcome.Processed result) {
    if (result.gasUsed() != header.gasUsed()) {
      return Optional.of(new BodyViolation.GasUsedMismatch(header.gasUsed(), result.gasUsed()));
    }
    if (header.blobGasUsed().isPresent() && header.blobGasUsed().getAsLong() != result.blobGasUsed()) {
      return Optional.of(new BodyViolation.BlobGasUsedMismatch(header.blobGasUsed().getAsLong(),
          result.blobGasUsed()));
    }
    if (!result.receiptsRoot().equals(header.receiptsRoot())) {
      return Optional.of(new BodyViolation.ReceiptsRootMismatch(header.receiptsRoot(), result.receiptsRoot()));
    }
    if (!result.logsBloom().equals(header.logsBloom())) {
      return Optional.of(new BodyViolation.LogsBloomMismatch(header.logsBloom(), result.logsBloom()));
    }
    if (!result.stateRoot().equals(header.stateRoot())) {
      return Optional.of(new BodyViolation.StateRootMismatch(header.stateRoot(), result.stateRoot()));
    }
    return Optional.empty();
  }

  /** Before the merge: the miner earns the block reward plus 1/32 of it per ommer; each ommer's miner (8 - age)/8. */
  private static void payRewards(TrieWorldState world, Block block, Fork fork) {
    Optional<Wei> reward = BlockRules.of(fork).blockReward();
    if (reward.isEmpty()) {
      return;
    }
    BigInteger r = reward.get().value();
    List<BlockHeader> ommers = block.body().ommers();
    BigInteger minerReward = r.add(r.divide(BigInteger.valueOf(32)).multiply(BigInteger.valueOf(ommers.size())));
    Address miner = block.header().coinbase();
    world.setBalance(miner, world.balance(miner).add(new Wei(minerReward)));
    for (BlockHeader ommer : ommers) {
      long age = block.number() - ommer.number();
      BigInteger ommerReward = r.multiply(BigInteger.valueOf(8 - age)).divide(BigInteger.valueOf(8));
      world.setBalance(ommer.coinbase(), world.balance(ommer.coinbase()).add(new Wei(ommerReward)));
    }
    world.finishTransaction();
  }

  /** EIP-4895: credits each withdrawal, in gwei; an account left empty by a zero withdrawal is not kept. */
  private static void withdraw(TrieWorldState world, List<Withdrawal> withdrawals) {
    for (Withdrawal wd : withdrawals) {
      Address a = wd.address();
      world.setBalance(a, world.balance(a).add(wd.amount()));
      if (world.isEmpty(a)) {
        world.deleteAccount(a);
      }
    }
    world.finishTransaction();
  }

  private static List<Log> logs(List<LogEntry> entries) {
    List<Log> out = new ArrayList<>(entries.size());
    for (LogEntry e : entries) {
      out.add(new Log(e.address(), e.topics(), e.data()));
    }
    return out;
  }

  private synchronized TransactionProcessor transactionProcessor(Fork fork) {
    return processors.computeIfAbsent(fork, f -> new TransactionProcessor(f, chainId, executor(f)));
  }

  private synchronized MessageExecutor executor(Fork fork) {
    return executors.computeIfAbsent(fork, EvmMessageExecutor::forFork);
  }
}
