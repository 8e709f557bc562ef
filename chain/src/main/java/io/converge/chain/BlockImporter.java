package io.converge.chain;

import io.converge.chain.config.ForkSchedule;
import io.converge.chain.config.GenesisConfig;
import io.converge.protocol.block.Ancestry;
import io.converge.protocol.block.BlockOutcome;
import io.converge.protocol.block.BlockProcessor;
import io.converge.protocol.block.BlockRules;
import io.converge.protocol.block.BlockViolation;
import io.converge.protocol.block.DaoFork;
import io.converge.protocol.block.HeaderValidator;
import io.converge.protocol.block.HeaderViolation;
import io.converge.protocol.block.OmmerValidator;
import io.converge.state.TrieWorldState;
import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.WriteBatch;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates, executes and stores blocks, and keeps the canonical chain: before the merge the branch with the most
 * total difficulty (ties keep the current head), after it the last valid block imported unless {@link #setHead} says
 * otherwise. Everything one block changes — block, receipts, trie nodes and code, indices, head — is written in one
 * atomic batch, so an invalid block, or a crash, leaves the store as it was. Imports are serialized.
 */
public final class BlockImporter {
  private static final Logger LOG = LoggerFactory.getLogger(BlockImporter.class);

  private final StoredBlockchain chain;
  private final KeyValueStore store;
  private final ForkSchedule forks;
  private final BlockProcessor processor;
  private final Durability durability;

  public BlockImporter(StoredBlockchain chain, Durability durability) {
    this.chain = Objects.requireNonNull(chain, "chain");
    this.store = chain.store();
    GenesisConfig genesis = chain.genesisConfig();
    this.forks = genesis.forks();
    this.processor = new BlockProcessor(genesis.chainId());
    this.durability = Objects.requireNonNull(durability, "durability");
  }

  public BlockImporter(StoredBlockchain chain) {
    this(chain, Durability.BUFFERED);
  }

  /** The fork of a stored block (its parent's total difficulty decides the merge). */
  public Fork forkOf(BlockHeader header) {
    if (header.number() == 0) {
      return chain.genesisConfig().genesisFork();
    }
    BigInteger td = chain.totalDifficulty(header.hash()).orElseThrow(
        () -> new IllegalArgumentException("unknown block " + header.hash()));
    return forks.forkAt(header.number(), header.timestamp(), forks.isMerged(td.subtract(header.difficulty().value())));
  }

  public synchronized ImportResult importBlock(Block block) {
    BlockHeader header = block.header();
    Hash hash = header.hash();
    if (chain.header(hash).isPresent()) {
      return new ImportResult.AlreadyKnown(hash);
    }
    Optional<BlockHeader> parentHeader = chain.header(header.parentHash());
    if (parentHeader.isEmpty()) {
      return new ImportResult.UnknownParent(hash, header.parentHash());
    }
    BlockHeader parent = parentHeader.get();
    BigInteger parentTd = chain.totalDifficulty(parent.hash()).orElseThrow();
    Fork fork = forks.forkAt(header.number(), header.timestamp(), forks.isMerged(parentTd));
    Optional<BlockViolation> violation = validate(block, parent, fork);
    if (violation.isPresent()) {
      return invalid(hash, violation.get());
    }

    TrieWorldState world = chain.states().at(parent.stateRoot());
    boolean daoTransition = forks.daoForkBlock().isPresent()
        && forks.daoForkBlock().getAsLong() == header.number();
    BlockOutcome outcome = processor.process(world, block, fork,
        new BranchHashes(parent, header.number(), chain::header), daoTransition);
    if (outcome instanceof BlockOutcome.Rejected rejected) {
      return invalid(hash, rejected.violation());
    }
    BlockOutcome.Processed processed = (BlockOutcome.Processed) outcome;

    BigInteger td = parentTd.add(header.difficulty().value());
    BigInteger headTd = chain.totalDifficulty(chain.headHash()).orElseThrow();
    boolean becomesHead = BlockRules.of(fork).proofOfStake() || td.compareTo(headTd) > 0;
    try (WriteBatch batch = store.newWriteBatch()) {
      world.commitInto(batch);
      batch.put(ChainTables.HEADERS, hash, header);
      batch.put(ChainTables.BODIES, hash, block.body());
      batch.put(ChainTables.RECEIPTS, hash, processed.receipts());
      batch.put(ChainTables.TOTAL_DIFFICULTY, hash, td);
      if (becomesHead) {
        makeCanonical(batch, block);
      }
      batch.commit(durability);
    }
    if (becomesHead) {
      chain.setHeadInMemory(header);
      LOG.debug("new head number={} hash={}", header.number(), hash);
    }
    return new ImportResult.Imported(hash, becomesHead ? Optional.of(hash) : Optional.empty());
  }

  /** Makes a known block the head, re-indexing the canonical chain (the Engine API's forkchoice). */
  public synchronized SetHeadResult setHead(Hash hash) {
    Optional<Block> block = chain.block(hash);
    if (block.isEmpty()) {
      return new SetHeadResult.UnknownBlock(hash);
    }
    try (WriteBatch batch = store.newWriteBatch()) {
      makeCanonical(batch, block.get());
      batch.commit(durability);
    }
    chain.setHeadInMemory(block.get().header());
    return new SetHeadResult.HeadSet(hash);
  }

  private Optional<BlockViolation> validate(Block block, BlockHeader parent, Fork fork) {
    BlockHeader header = block.header();
    Optional<? extends BlockViolation> v = HeaderValidator.validate(header, parent, fork, forkOf(parent));
    if (v.isEmpty()) {
      v = daoExtraData(header);
    }
    if (v.isEmpty()) {
      v = BlockProcessor.validateBody(block, fork);
    }
    if (v.isEmpty() && !BlockRules.of(fork).proofOfStake()) {
      v = OmmerValidator.validate(block, ancestry(), this::forkOfOmmer, this::daoExtraData);
    }
    return v.map(BlockViolation.class::cast);
  }

  private Optional<HeaderViolation> daoExtraData(BlockHeader header) {
    return forks.daoForkBlock().isPresent()
        ? DaoFork.checkExtraData(header, forks.daoForkBlock().getAsLong())
        : Optional.empty();
  }

  /** An ommer is not stored; its fork follows from its parent's total difficulty. */
  private Fork forkOfOmmer(BlockHeader header) {
    if (chain.header(header.hash()).isPresent()) {
      return forkOf(header);
    }
    BigInteger parentTd = chain.totalDifficulty(header.parentHash()).orElse(BigInteger.ZERO);
    return forks.forkAt(header.number(), header.timestamp(), forks.isMerged(parentTd));
  }

  private Ancestry ancestry() {
    return new Ancestry() {
      @Override
      public Optional<BlockHeader> header(Hash hash) {
        return chain.header(hash);
      }

      @Override
      public List<BlockHeader> ommersOf(Hash blockHash) {
        return chain.body(blockHash).map(BlockBody::ommers).orElse(List.of());
      }
    };
  }

  /**
   * Points the canonical index at {@code newHead}'s branch: from the common ancestor with the current canonical chain,
   * the old blocks' numbers and transactions are unindexed and the new branch's indexed, in {@code batch}.
   */
  private void makeCanonical(WriteBatch batch, Block newHead) {
    BlockHeader oldHead = chain.head();
    List<Block> branch = new ArrayList<>();
    Block cursor = newHead;
    while (!isCanonical(cursor.header(), oldHead)) {
      branch.add(cursor);
      Hash parentHash = cursor.header().parentHash();
      cursor = chain.block(parentHash).orElseThrow(
          () -> new IllegalStateException("a stored block's parent " + parentHash + " is missing"));
    }
    long ancestor = cursor.number();
    for (long n = ancestor + 1; n <= oldHead.number(); n++) {
      Hash old = store.get(ChainTables.CANONICAL, n).orElseThrow();
      for (Transaction tx : chain.body(old).map(BlockBody::transactions).orElse(List.of())) {
        batch.delete(ChainTables.TX_LOCATIONS, tx.hash());
      }
      batch.delete(ChainTables.CANONICAL, n);
    }
    for (int i = branch.size() - 1; i >= 0; i--) {
      Block b = branch.get(i);
      Hash h = b.hash();
      batch.put(ChainTables.CANONICAL, b.number(), h);
      List<Transaction> txs = b.body().transactions();
      for (int t = 0; t < txs.size(); t++) {
        batch.put(ChainTables.TX_LOCATIONS, txs.get(t).hash(), new TransactionLocation(h, b.number(), t));
      }
    }
    batch.put(ChainTables.META, ChainTables.HEAD, newHead.hash());
  }

  private boolean isCanonical(BlockHeader header, BlockHeader oldHead) {
    if (header.number() > oldHead.number()) {
      return false;
    }
    return store.get(ChainTables.CANONICAL, header.number()).map(header.hash()::equals).orElse(false);
  }

  private static ImportResult invalid(Hash hash, BlockViolation violation) {
    LOG.debug("invalid block hash={} reason={}", hash, violation.reason());
    return new ImportResult.Invalid(hash, violation);
  }
}
