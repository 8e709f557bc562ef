package io.converge.chain.build;

import io.converge.evm.world.BlockHashLookup;

import io.converge.chain.BranchHashes;

import io.converge.chain.StoredBlockchain;
import io.converge.chain.config.ForkSchedule;
import io.converge.chain.config.GenesisConfig;
import io.converge.evm.BlockContext;
import io.converge.protocol.block.BlockOutcome;
import io.converge.protocol.block.BlockProcessor;
import io.converge.protocol.block.BlockRules;
import io.converge.protocol.block.HeaderValidator;
import io.converge.protocol.fork.BlobGasRules;
import io.converge.protocol.fork.ForkRules;
import io.converge.protocol.transaction.EvmMessageExecutor;
import io.converge.protocol.transaction.MessageExecutor;
import io.converge.protocol.transaction.SystemCalls;
import io.converge.protocol.transaction.TransactionOutcome;
import io.converge.protocol.transaction.TransactionProcessor;
import io.converge.state.TrieWorldState;
import io.converge.trie.OrderedTrie;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assembles a proof-of-stake block on a stored parent: the header fields its fork requires (base fee from the parent
 * by EIP-1559, excess blob gas by EIP-4844, difficulty and nonce zero by EIP-3675), then the offered transactions that
 * execute, in order, until the gas limit; an invalid one is left out and its sender's later ones skipped.
 *
 * <p>Selection runs the transactions once to learn which fit; the header's commitments (gas used, receipts root,
 * bloom, state root) then come from {@link BlockProcessor#execute} on a fresh copy of the parent state, the same
 * code the importer checks them with. The result is not stored: the caller imports it, and only the import counts.
 */
public final class BlockBuilder {
  /** The least gas any transaction needs; with less left the block is full. */
  private static final long MIN_TRANSACTION_GAS = 21_000;

  private final StoredBlockchain chain;
  private final GenesisConfig genesis;
  private final ChainId chainId;
  private final BlockProcessor processor;

  public BlockBuilder(StoredBlockchain chain) {
    this.chain = Objects.requireNonNull(chain, "chain");
    this.genesis = chain.genesisConfig();
    this.chainId = genesis.chainId();
    this.processor = new BlockProcessor(chainId);
  }

  /** The fork a child of {@code parent} with {@code timestamp} belongs to. */
  public Fork forkOfChild(BlockHeader parent, long timestamp) {
    ForkSchedule forks = genesis.forks();
    BigInteger parentTd = chain.totalDifficulty(parent.hash()).orElseThrow(
        () -> new IllegalArgumentException("unknown parent " + parent.hash()));
    return forks.forkAt(parent.number() + 1, timestamp, forks.isMerged(parentTd));
  }

  public BuiltBlock build(BlockHeader parent, BlockAttributes attributes, TransactionSource source) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(source, "source");
    if (Long.compareUnsigned(attributes.timestamp(), parent.timestamp()) <= 0) {
      throw new IllegalArgumentException("timestamp " + attributes.timestamp() + " is not after the parent's "
          + parent.timestamp());
    }
    Fork fork = forkOfChild(parent, attributes.timestamp());
    if (!BlockRules.of(fork).proofOfStake()) {
      throw new IllegalStateException("the builder makes proof-of-stake blocks; a child of block "
          + parent.number() + " is " + fork);
    }
    if (fork.isAtLeast(Fork.PRAGUE)) {
      // EIP-7685 requests (deposits, withdrawal and consolidation requests) are not produced yet.
      throw new IllegalStateException("building " + fork + " blocks is not supported yet");
    }
    BlockHeader template = template(parent, attributes, fork);
    BlockContext context = context(template, fork, BranchHashes.childOf(parent, chain));

    Selection selection = select(parent, template, context, fork, attributes, source);
    BlockBody body = new BlockBody(selection.included(), List.of(),
        fork.isAtLeast(Fork.SHANGHAI) ? Optional.of(attributes.withdrawals()) : Optional.empty());
    Block draft = new Block(template, body);
    BlockOutcome outcome = processor.execute(stateOf(parent), draft, fork, BranchHashes.childOf(parent, chain), false);
    if (!(outcome instanceof BlockOutcome.Processed processed)) {
      throw new IllegalStateException("transactions that executed during selection were rejected on re-execution: "
          + ((BlockOutcome.Rejected) outcome).violation().reason());
    }
    BlockHeader.Builder header = template.toBuilder()
        .transactionsRoot(transactionsRoot(selection.included()))
        .gasUsed(processed.gasUsed())
        .receiptsRoot(processed.receiptsRoot())
        .logsBloom(processed.logsBloom())
        .stateRoot(processed.stateRoot());
    if (fork.isAtLeast(Fork.CANCUN)) {
      header.blobGasUsed(processed.blobGasUsed());
    }
    return new BuiltBlock(new Block(header.build(), body), processed.receipts(), selection.skipped());
  }

  private record Selection(List<Transaction> included, int skipped) {}

  private Selection select(BlockHeader parent, BlockHeader template, BlockContext context, Fork fork,
      BlockAttributes attributes, TransactionSource source) {
    TrieWorldState world = stateOf(parent);
    MessageExecutor executor = EvmMessageExecutor.forFork(fork);
    ForkRules rules = ForkRules.of(fork);
    // The beacon-roots call runs first in the real block too, and a transaction may read what it stored.
    new SystemCalls(rules, executor).storeBeaconRoot(world, context, attributes.parentBeaconBlockRoot());
    TransactionProcessor transactions = new TransactionProcessor(fork, chainId, executor);
    long maxBlobGas = rules.blobGas().map(BlobGasRules::maxPerBlock).orElse(0L);
    long gasLeft = template.gasLimit();
    long blobGasLeft = maxBlobGas;
    List<Transaction> included = new ArrayList<>();
    int skipped = 0;
    while (gasLeft >= MIN_TRANSACTION_GAS) {
      Optional<Transaction> next = source.next();
      if (next.isEmpty()) {
        break;
      }
      Transaction tx = next.get();
      TransactionOutcome outcome = transactions.process(world, tx, context, gasLeft, blobGasLeft, null);
      if (outcome instanceof TransactionOutcome.Executed executed) {
        included.add(tx);
        gasLeft -= executed.gasUsed();
        blobGasLeft -= executed.blobGasUsed();
      } else {
        // An invalid transaction changed nothing; its sender's later nonces cannot run after the gap.
        source.markLastFailed();
        skipped++;
      }
    }
    return new Selection(included, skipped);
  }

  private TrieWorldState stateOf(BlockHeader parent) {
    return chain.stateAt(parent.hash()).orElseThrow(
        () -> new IllegalArgumentException("no state for parent " + parent.hash()));
  }

  /** Every header field but the ones execution decides (gas used, blob gas used, receipts root, bloom, state root). */
  private BlockHeader template(BlockHeader parent, BlockAttributes attributes, Fork fork) {
    BlockHeader.Builder h = BlockHeader.builder()
        .parentHash(parent.hash())
        .ommersHash(BlockHeader.EMPTY_OMMERS_HASH)
        .coinbase(attributes.coinbase())
        .transactionsRoot(OrderedTrie.rootOf(List.of()))
        .difficulty(UInt256.ZERO)
        .number(parent.number() + 1)
        .gasLimit(parent.gasLimit())
        .timestamp(attributes.timestamp())
        .extraData(attributes.extraData())
        .mixHash(attributes.prevRandao())
        .nonce(0);
    if (fork.isAtLeast(Fork.LONDON)) {
      // EIP-1559: a parent without a base fee is the London transition.
      h.baseFeePerGas(parent.baseFeePerGas().isPresent()
          ? HeaderValidator.baseFee(parent)
          : HeaderValidator.INITIAL_BASE_FEE);
    }
    if (fork.isAtLeast(Fork.SHANGHAI)) {
      h.withdrawalsRoot(BlockProcessor.withdrawalsRoot(attributes.withdrawals()));
    }
    if (fork.isAtLeast(Fork.CANCUN)) {
      BlobGasRules blob = ForkRules.of(fork).blobGas().orElseThrow();
      h.blobGasUsed(0)
          .excessBlobGas(blob.excessBlobGas(parent.excessBlobGas().orElse(0), parent.blobGasUsed().orElse(0)))
          .parentBeaconBlockRoot(attributes.parentBeaconBlockRoot());
    }
    return h.build();
  }

  private BlockContext context(BlockHeader header, Fork fork, BlockHashLookup ancestors) {
    Optional<BlobGasRules> blob = ForkRules.of(fork).blobGas();
    Wei blobBaseFee = blob.map(r -> new Wei(r.baseFee(header.excessBlobGas().orElse(0)))).orElse(Wei.ZERO);
    return new BlockContext(header.coinbase(), header.number(), header.timestamp(), header.gasLimit(),
        header.difficulty(), header.mixHash(), header.baseFeePerGas().orElse(Wei.ZERO), chainId.value(), blobBaseFee,
        ancestors);
  }

  /** The transactions root of {@code txs} (EIP-2718 encodings in an ordered trie). */
  private static Hash transactionsRoot(List<Transaction> txs) {
    List<Bytes> items = new ArrayList<>(txs.size());
    for (Transaction tx : txs) {
      items.add(tx.encoded());
    }
    return OrderedTrie.rootOf(items);
  }
}
