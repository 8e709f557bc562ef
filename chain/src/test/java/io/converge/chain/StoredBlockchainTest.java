package io.converge.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.chain.config.GenesisConfig;
import io.converge.storage.rocksdb.RocksDbStore;
import io.converge.types.Address;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.transaction.Transaction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain on real RocksDB: what an import wrote survives a reopen, and the head is restored. */
class StoredBlockchainTest {
  private static final Address ALICE = Address.fromHex("00000000000000000000000000000000000a11ce");

  @TempDir
  Path dir;

  @Test
  void reopeningRestoresTheHeadBlocksReceiptsIndicesAndState() throws Exception {
    GenesisConfig genesis = TestGenesis.load("dev-genesis.json");
    Block first;
    Block second;
    Transaction tx;
    try (RocksDbStore store = RocksDbStore.open(dir)) {
      StoredBlockchain chain = StoredBlockchain.open(store, genesis);
      BlockImporter importer = new BlockImporter(chain);
      BlockMaker maker = new BlockMaker(chain, importer);
      tx = maker.transfer(0, ALICE, 7);
      first = maker.importChild(chain.head(), 12, List.of(tx));
      second = maker.importChild(first.header(), 12, List.of());
    }
    try (RocksDbStore store = RocksDbStore.open(dir)) {
      StoredBlockchain chain = StoredBlockchain.open(store, genesis);

      assertThat(chain.headHash()).isEqualTo(second.hash());
      assertThat(chain.block(1)).contains(first);
      assertThat(chain.receipts(first.hash()).orElseThrow()).hasSize(1);
      assertThat(chain.transactionLocation(tx.hash())).contains(new TransactionLocation(first.hash(), 1, 0));
      assertThat(chain.stateAt(second.hash()).orElseThrow().balance(ALICE)).isEqualTo(Wei.of(7));

      BlockImporter importer = new BlockImporter(chain);
      Block third = new BlockMaker(chain, importer).importChild(second.header(), 12, List.of());
      assertThat(chain.head().number()).isEqualTo(third.number());
    }
  }

  @Test
  void refusesADatabaseWithAnotherGenesis() throws Exception {
    try (RocksDbStore store = RocksDbStore.open(dir)) {
      StoredBlockchain.open(store, TestGenesis.load("dev-genesis.json"));
    }
    try (RocksDbStore store = RocksDbStore.open(dir)) {
      GenesisConfig other = TestGenesis.load("pow-genesis.json");
      assertThatThrownBy(() -> StoredBlockchain.open(store, other)).isInstanceOf(GenesisMismatchException.class);
    }
  }
}
