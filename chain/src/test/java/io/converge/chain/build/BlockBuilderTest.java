package io.converge.chain.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.chain.BlockImporter;
import io.converge.chain.ImportResult;
import io.converge.chain.StoredBlockchain;
import io.converge.chain.config.GenesisConfig;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.storage.memory.InMemoryStore;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.Transaction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlockBuilderTest {
  private static final byte[] KEY =
      Bytes.fromHex("45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8").toArray();
  private static final Address SENDER = Address.fromHex("a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  private static final Address RECIPIENT = Address.fromHex("3000000000000000000000000000000000000003");
  private static final Address COINBASE = Address.fromHex("2adc25665018aa1fe0e6bc666dac8fc2697ff9ba");

  private StoredBlockchain chain;
  private BlockImporter importer;
  private BlockBuilder builder;

  @BeforeEach
  void openChain() throws Exception {
    GenesisConfig genesis;
    try (InputStream in = BlockBuilderTest.class.getResourceAsStream("/dev-genesis.json")) {
      genesis = GenesisConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    chain = StoredBlockchain.open(new InMemoryStore(), genesis);
    importer = new BlockImporter(chain);
    builder = new BlockBuilder(chain);
  }

  private Transaction transfer(long nonce, long wei) {
    return DynamicFeeTransaction.unsigned(chain.genesisConfig().chainId(), nonce, Wei.of(1_000_000_000L),
        Wei.of(5_000_000_000L), 21_000, Optional.of(RECIPIENT), Wei.of(wei), Bytes.EMPTY, AccessList.EMPTY)
        .signedWith(KEY, Secp256k1.best());
  }

  private BlockAttributes attributesAfter(BlockHeader parent) {
    return BlockAttributes.standalone(parent.timestamp() + 1, COINBASE, Hash.keccak256(parent.hash().toArray()));
  }

  @Test
  void builtBlockWithTransfersIsAcceptedByTheImporter() {
    BlockHeader parent = chain.head();
    BuiltBlock built = builder.build(parent, attributesAfter(parent),
        TransactionSource.of(List.of(transfer(0, 7), transfer(1, 8))));

    assertThat(built.block().body().transactions()).hasSize(2);
    assertThat(built.receipts()).hasSize(2);
    assertThat(built.block().header().gasUsed()).isEqualTo(42_000);
    assertThat(importer.importBlock(built.block())).isInstanceOf(ImportResult.Imported.class);
    assertThat(chain.head().hash()).isEqualTo(built.block().hash());
    assertThat(chain.stateAt(chain.headHash()).orElseThrow().balance(RECIPIENT)).isEqualTo(Wei.of(15));
  }

  @Test
  void leavesOutInvalidTransactionsAndTellsTheSource() {
    BlockHeader parent = chain.head();
    int[] failures = {0};
    var txs = new java.util.ArrayDeque<>(List.of(transfer(5, 1), transfer(0, 2)));
    TransactionSource source = new TransactionSource() {
      @Override
      public Optional<Transaction> next() {
        return Optional.ofNullable(txs.pollFirst());
      }

      @Override
      public void markLastFailed() {
        failures[0]++;
      }
    };

    BuiltBlock built = builder.build(parent, attributesAfter(parent), source);

    assertThat(built.block().body().transactions()).containsExactly(transfer(0, 2));
    assertThat(built.skipped()).isEqualTo(1);
    assertThat(failures[0]).isEqualTo(1);
    assertThat(importer.importBlock(built.block())).isInstanceOf(ImportResult.Imported.class);
  }

  @Test
  void emptyBlocksFollowTheBaseFeeRuleAndChainOnEachOther() {
    for (int i = 0; i < 3; i++) {
      BlockHeader parent = chain.head();
      BuiltBlock built = builder.build(parent, attributesAfter(parent), TransactionSource.none());
      assertThat(importer.importBlock(built.block())).isInstanceOf(ImportResult.Imported.class);
      // EIP-1559: an empty parent lowers the base fee by 1/8.
      Wei parentFee = parent.baseFeePerGas().orElseThrow();
      assertThat(built.block().header().baseFeePerGas().orElseThrow().value())
          .isEqualTo(parentFee.value().subtract(parentFee.value().divide(java.math.BigInteger.valueOf(8))));
    }
    assertThat(chain.head().number()).isEqualTo(3);
  }

  @Test
  void refusesATimestampNotAfterTheParent() {
    BlockHeader parent = chain.head();
    BlockAttributes same = BlockAttributes.standalone(parent.timestamp(), COINBASE, Hash.ZERO);
    assertThatThrownBy(() -> builder.build(parent, same, TransactionSource.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
