package io.converge.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.protocol.block.BodyViolation;
import io.converge.protocol.block.HeaderViolation;
import io.converge.storage.KeyValue;
import io.converge.storage.Segment;
import io.converge.storage.memory.InMemoryStore;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.block.Block;
import io.converge.types.transaction.Transaction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockImporterTest {
  private static final Address ALICE = Address.fromHex("00000000000000000000000000000000000a11ce");
  private static final Address BOB = Address.fromHex("0000000000000000000000000000000000000b0b");

  private final InMemoryStore store = new InMemoryStore();

  private StoredBlockchain open(String genesis) throws Exception {
    return StoredBlockchain.open(store, TestGenesis.load(genesis));
  }

  @Test
  void importsAValidBlockAndIndexesItsTransactionsReceiptsAndLogs() throws Exception {
    StoredBlockchain chain = open("pow-genesis.json");
    BlockImporter importer = new BlockImporter(chain);
    BlockMaker maker = new BlockMaker(chain, importer);
    Transaction transfer = maker.transfer(0, ALICE, 1000);
    Transaction creation = maker.loggingCreation(1);

    Block block = maker.importChild(chain.head(), 10, List.of(transfer, creation));

    assertThat(chain.headHash()).isEqualTo(block.hash());
    assertThat(chain.block(1)).contains(block);
    assertThat(chain.transactionLocation(creation.hash()))
        .contains(new TransactionLocation(block.hash(), 1, 1));
    assertThat(chain.receipts(block.hash()).orElseThrow()).hasSize(2);
    assertThat(chain.logs(block.hash())).singleElement()
        .satisfies(log -> {
          assertThat(log.transactionHash()).isEqualTo(creation.hash());
          assertThat(log.transactionIndex()).isEqualTo(1);
          assertThat(log.logIndex()).isZero();
        });
    assertThat(chain.stateAt(block.hash()).orElseThrow().balance(ALICE)).isEqualTo(io.converge.types.Wei.of(1000));
    assertThat(chain.totalDifficulty(block.hash()).orElseThrow())
        .isEqualTo(chain.genesisConfig().difficulty().value().add(block.header().difficulty().value()));
  }

  @Test
  void reportsKnownBlocksAndUnknownParents() throws Exception {
    StoredBlockchain chain = open("pow-genesis.json");
    BlockImporter importer = new BlockImporter(chain);
    BlockMaker maker = new BlockMaker(chain, importer);
    Block first = maker.importChild(chain.head(), 10, List.of());
    Block orphan = new Block(first.header().toBuilder().parentHash(Hash.keccak256(new byte[] {9})).build(),
        first.body());

    assertThat(importer.importBlock(first)).isEqualTo(new ImportResult.AlreadyKnown(first.hash()));
    assertThat(importer.importBlock(orphan))
        .isEqualTo(new ImportResult.UnknownParent(orphan.hash(), Hash.keccak256(new byte[] {9})));
  }

  @Test
  void rejectsAHeaderRuleViolationWithItsTypedReason() throws Exception {
    StoredBlockchain chain = open("pow-genesis.json");
    BlockImporter importer = new BlockImporter(chain);
    Block good = new BlockMaker(chain, importer).child(chain.head(), 10, List.of());
    Block stale = new Block(good.header().toBuilder().timestamp(chain.head().timestamp()).build(), good.body());

    ImportResult result = importer.importBlock(stale);

    assertThat(result).isInstanceOfSatisfying(ImportResult.Invalid.class, invalid -> assertThat(invalid.violation())
        .isEqualTo(new HeaderViolation.TimestampNotAfterParent(chain.head().timestamp(), chain.head().timestamp())));
  }

  @Test
  void reorgsToAHeavierBranchAndBackUpdatingTheIndices() throws Exception {
    StoredBlockchain chain = open("pow-genesis.json");
    BlockImporter importer = new BlockImporter(chain);
    BlockMaker maker = new BlockMaker(chain, importer);
    var genesis = chain.head();
    Transaction toAlice = maker.transfer(0, ALICE, 1);
    Transaction toBob = maker.transfer(0, BOB, 1);

    // Branch A: slow blocks, minimum difficulty.
    Block a1 = maker.importChild(genesis, 10, List.of(toAlice));
    Block a2 = maker.importChild(a1.header(), 10, List.of());
    // Branch B: fast blocks are heavier; B1 alone is lighter than A1+A2, B1+B2 heavier.
    Block b1 = maker.child(genesis, 1, List.of(toBob));
    assertThat(importer.importBlock(b1)).isEqualTo(new ImportResult.Imported(b1.hash(), Optional.empty()));
    assertThat(chain.headHash()).isEqualTo(a2.hash());
    Block b2 = maker.child(b1.header(), 1, List.of());
    assertThat(importer.importBlock(b2)).isEqualTo(new ImportResult.Imported(b2.hash(), Optional.of(b2.hash())));

    assertThat(chain.canonicalHash(1)).contains(b1.hash());
    assertThat(chain.canonicalHash(2)).contains(b2.hash());
    assertThat(chain.transactionLocation(toBob.hash())).contains(new TransactionLocation(b1.hash(), 1, 0));
    assertThat(chain.transactionLocation(toAlice.hash())).isEmpty();
    assertThat(chain.isCanonical(a1.hash())).isFalse();
    assertThat(chain.receipts(a1.hash())).isPresent(); // side-branch blocks stay known

    // A third fast block on A makes A heavier again.
    Block a3 = maker.importChild(a2.header(), 1, List.of());

    assertThat(chain.headHash()).isEqualTo(a3.hash());
    assertThat(chain.canonicalHash(1)).contains(a1.hash());
    assertThat(chain.canonicalHash(3)).contains(a3.hash());
    assertThat(chain.transactionLocation(toAlice.hash())).contains(new TransactionLocation(a1.hash(), 1, 0));
    assertThat(chain.transactionLocation(toBob.hash())).isEmpty();
  }

  @Test
  void acceptsARecentOmmerOnceAndRejectsAncestorsAndRepeats() throws Exception {
    StoredBlockchain chain = open("pow-genesis.json");
    BlockImporter importer = new BlockImporter(chain);
    BlockMaker maker = new BlockMaker(chain, importer);
    var genesis = chain.head();
    Block a1 = maker.importChild(genesis, 10, List.of());
    Block a2 = maker.importChild(a1.header(), 10, List.of());
    Block b1 = maker.child(genesis, 11, List.of());
    importer.importBlock(b1);

    Block withOmmer = maker.importChild(a2.header(), 10, List.of(), List.of(b1.header()));
    assertThat(chain.headHash()).isEqualTo(withOmmer.hash());

    Block repeat = maker.child(withOmmer.header(), 10, List.of(), List.of(b1.header()));
    assertThat(importer.importBlock(repeat)).isInstanceOfSatisfying(ImportResult.Invalid.class, invalid ->
        assertThat(invalid.violation()).isEqualTo(new BodyViolation.InvalidOmmer(0, b1.hash(),
            BodyViolation.OmmerRule.ALREADY_INCLUDED, Optional.empty())));
    Block ancestor = maker.child(withOmmer.header(), 10, List.of(), List.of(a1.header()));
    assertThat(importer.importBlock(ancestor)).isInstanceOfSatisfying(ImportResult.Invalid.class, invalid ->
        assertThat(invalid.violation()).isEqualTo(new BodyViolation.InvalidOmmer(0, a1.hash(),
            BodyViolation.OmmerRule.IS_ANCESTOR, Optional.empty())));
  }

  @Test
  void followsTheLastImportedBlockAfterTheMergeUntilToldOtherwise() throws Exception {
    StoredBlockchain chain = open("dev-genesis.json");
    BlockImporter importer = new BlockImporter(chain);
    BlockMaker maker = new BlockMaker(chain, importer);
    Transaction tx = maker.transfer(0, ALICE, 1);
    Block c1 = maker.importChild(chain.head(), 12, List.of());
    Block c2 = maker.importChild(c1.header(), 12, List.of(tx));
    Block sibling = maker.importChild(c1.header(), 24, List.of());

    assertThat(chain.headHash()).isEqualTo(sibling.hash());
    assertThat(chain.transactionLocation(tx.hash())).isEmpty();

    assertThat(importer.setHead(c2.hash())).isEqualTo(new SetHeadResult.HeadSet(c2.hash()));
    assertThat(chain.canonicalHash(2)).contains(c2.hash());
    assertThat(chain.transactionLocation(tx.hash())).contains(new TransactionLocation(c2.hash(), 2, 0));

    assertThat(importer.setHead(c1.hash())).isEqualTo(new SetHeadResult.HeadSet(c1.hash()));
    assertThat(chain.head().number()).isEqualTo(1);
    assertThat(chain.canonicalHash(2)).isEmpty();
    assertThat(chain.transactionLocation(tx.hash())).isEmpty();
    assertThat(importer.setHead(Hash.ZERO)).isEqualTo(new SetHeadResult.UnknownBlock(Hash.ZERO));
  }

  @Test
  void aBlockWhoseExecutionFailsLeavesNothingInTheStore() throws Exception {
    StoredBlockchain chain = open("pow-genesis.json");
    BlockImporter importer = new BlockImporter(chain);
    BlockMaker maker = new BlockMaker(chain, importer);
    Block good = maker.child(chain.head(), 10, List.of(maker.transfer(0, ALICE, 5), maker.loggingCreation(1)));
    Hash wrongRoot = Hash.keccak256(new byte[] {1});
    Block bad = new Block(good.header().toBuilder().stateRoot(wrongRoot).build(), good.body());
    Map<Segment, List<KeyValue>> before = snapshot();

    ImportResult result = importer.importBlock(bad);

    assertThat(result).isInstanceOfSatisfying(ImportResult.Invalid.class, invalid -> assertThat(invalid.violation())
        .isEqualTo(new BodyViolation.StateRootMismatch(wrongRoot, good.header().stateRoot())));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(chain.headHash()).isEqualTo(chain.genesisHash());
  }

  private Map<Segment, List<KeyValue>> snapshot() {
    Map<Segment, List<KeyValue>> out = new EnumMap<>(Segment.class);
    for (Segment s : Segment.values()) {
      out.put(s, store.scan(s, new byte[0], Integer.MAX_VALUE));
    }
    return out;
  }
}
