package io.converge.chain;

import io.converge.chain.config.GenesisConfig;
import io.converge.state.StateDatabase;
import io.converge.state.TrieWorldState;
import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.WriteBatch;
import io.converge.types.Hash;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.receipt.Log;
import io.converge.types.receipt.Receipt;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The chain kept in a {@link KeyValueStore} (RocksDB in a node): headers, bodies and receipts by hash, the canonical
 * number index, transaction locations, total difficulties, the head pointer, and the world states' trie nodes beside
 * them. Only the {@link BlockImporter} writes, one atomic batch per block; reopening the store restores the head.
 */
public final class StoredBlockchain implements Blockchain {
  private final KeyValueStore store;
  private final StateDatabase states;
  private final GenesisConfig genesis;
  private final Hash genesisHash;
  private volatile BlockHeader head;

  private StoredBlockchain(KeyValueStore store, GenesisConfig genesis, Hash genesisHash, BlockHeader head) {
    this.store = store;
    this.states = new StateDatabase(store, Durability.BUFFERED);
    this.genesis = genesis;
    this.genesisHash = genesisHash;
    this.head = head;
  }

  /**
   * Opens the chain in {@code store}: writes the genesis block and state on first use, else checks that the stored
   * genesis is the configured one and restores the head.
   */
  public static StoredBlockchain open(KeyValueStore store, GenesisConfig genesis) throws GenesisMismatchException {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(genesis, "genesis");
    StateDatabase states = new StateDatabase(store, Durability.BUFFERED);
    TrieWorldState state = states.empty();
    Block block = GenesisBlock.build(genesis, state);
    Hash hash = block.hash();
    Optional<Hash> stored = store.get(ChainTables.META, ChainTables.GENESIS);
    if (stored.isPresent()) {
      if (!stored.get().equals(hash)) {
        throw new GenesisMismatchException(stored.get(), hash);
      }
      Hash headHash = store.get(ChainTables.META, ChainTables.HEAD).orElseThrow(
          () -> new IllegalStateException("the database has a genesis but no head"));
      BlockHeader head = store.get(ChainTables.HEADERS, headHash).orElseThrow(
          () -> new IllegalStateException("the head " + headHash + " has no header"));
      return new StoredBlockchain(store, genesis, hash, head);
    }
    try (WriteBatch batch = store.newWriteBatch()) {
      state.commitInto(batch);
      batch.put(ChainTables.HEADERS, hash, block.header());
      batch.put(ChainTables.BODIES, hash, block.body());
      batch.put(ChainTables.RECEIPTS, hash, List.of());
      batch.put(ChainTables.TOTAL_DIFFICULTY, hash, block.header().difficulty().value());
      batch.put(ChainTables.CANONICAL, block.number(), hash);
      batch.put(ChainTables.META, ChainTables.GENESIS, hash);
      batch.put(ChainTables.META, ChainTables.HEAD, hash);
      batch.commit(Durability.SYNCED);
    }
    return new StoredBlockchain(store, genesis, hash, block.header());
  }

  public GenesisConfig genesisConfig() {
    return genesis;
  }

  @Override
  public Hash genesisHash() {
    return genesisHash;
  }

  @Override
  public BlockHeader head() {
    return head;
  }

  @Override
  public Optional<BlockHeader> header(Hash hash) {
    return store.get(ChainTables.HEADERS, hash);
  }

  @Override
  public Optional<BlockBody> body(Hash hash) {
    return store.get(ChainTables.BODIES, hash);
  }

  @Override
  public Optional<Hash> canonicalHash(long number) {
    if (number < 0 || number > head.number()) {
      return Optional.empty();
    }
    return store.get(ChainTables.CANONICAL, number);
  }

  @Override
  public Optional<List<Receipt>> receipts(Hash blockHash) {
    return store.get(ChainTables.RECEIPTS, blockHash);
  }

  @Override
  public Optional<TransactionLocation> transactionLocation(Hash transactionHash) {
    return store.get(ChainTables.TX_LOCATIONS, transactionHash);
  }

  @Override
  public Optional<BigInteger> totalDifficulty(Hash hash) {
    return store.get(ChainTables.TOTAL_DIFFICULTY, hash);
  }

  @Override
  public List<BlockLog> logs(Hash blockHash) {
    Optional<BlockHeader> header = header(blockHash);
    Optional<BlockBody> body = body(blockHash);
    Optional<List<Receipt>> receipts = receipts(blockHash);
    if (header.isEmpty() || body.isEmpty() || receipts.isEmpty()) {
      return List.of();
    }
    List<Transaction> txs = body.get().transactions();
    List<BlockLog> out = new ArrayList<>();
    int logIndex = 0;
    for (int i = 0; i < receipts.get().size(); i++) {
      for (Log log : receipts.get().get(i).logs()) {
        out.add(new BlockLog(log, blockHash, header.get().number(), txs.get(i).hash(), i, logIndex++));
      }
    }
    return out;
  }

  @Override
  public Optional<TrieWorldState> stateAt(Hash blockHash) {
    return header(blockHash).map(h -> states.at(h.stateRoot()));
  }

  KeyValueStore store() {
    return store;
  }

  StateDatabase states() {
    return states;
  }

  void setHeadInMemory(BlockHeader header) {
    head = header;
  }
}
