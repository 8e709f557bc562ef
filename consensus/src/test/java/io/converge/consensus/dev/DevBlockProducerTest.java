package io.converge.consensus.dev;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.chain.BlockImporter;
import io.converge.chain.StoredBlockchain;
import io.converge.chain.config.GenesisConfig;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.storage.Durability;
import io.converge.storage.memory.InMemoryStore;
import io.converge.txpool.AdmissionResult;
import io.converge.txpool.PoolConfig;
import io.converge.txpool.PoolStateView;
import io.converge.txpool.TransactionPool;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DevBlockProducerTest {
  private static final byte[] KEY =
      Bytes.fromHex("45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8").toArray();
  private static final Address SENDER = Address.fromHex("a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  private static final Address RECIPIENT = Address.fromHex("3000000000000000000000000000000000000003");
  private static final String GENESIS = """
      {"config": {"chainId": 1337, "homesteadBlock": 0, "eip150Block": 0, "eip155Block": 0, "eip158Block": 0,
        "byzantiumBlock": 0, "constantinopleBlock": 0, "petersburgBlock": 0, "istanbulBlock": 0, "berlinBlock": 0,
        "londonBlock": 0, "terminalTotalDifficulty": 0, "shanghaiTime": 0, "cancunTime": 0},
       "timestamp": "0x10", "gasLimit": "30000000", "difficulty": "0x0", "baseFeePerGas": "0x3b9aca00",
       "alloc": {"a94f5374fce5edbc8e2a8697c15331677e6ebf0b": {"balance": "0x3635c9adc5dea00000"}}}
      """;
  /** Stopped at a time before the genesis: timestamps must still increase. */
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1), ZoneOffset.UTC);

  private StoredBlockchain chain;
  private TransactionPool pool;
  private DevBlockProducer producer;
  private final List<Block> announced = new CopyOnWriteArrayList<>();

  private void start(SealingMode mode) throws Exception {
    chain = StoredBlockchain.open(new InMemoryStore(), GenesisConfig.parse(GENESIS));
    PoolStateView view = new PoolStateView() {
      @Override
      public long nonce(Address account) {
        return chain.stateAt(chain.headHash()).orElseThrow().nonce(account);
      }

      @Override
      public Wei balance(Address account) {
        return chain.stateAt(chain.headHash()).orElseThrow().balance(account);
      }
    };
    pool = new TransactionPool(PoolConfig.DEFAULT, view, NextBlockHead.of(chain, chain.head()), CLOCK);
    producer = new DevBlockProducer(chain, new BlockImporter(chain, Durability.BUFFERED), pool, mode, CLOCK,
        Address.ZERO, List.of((block, receipts) -> announced.add(block)));
    producer.start();
  }

  @AfterEach
  void stop() {
    if (producer != null) {
      producer.stop();
    }
  }

  private Transaction transfer(long nonce) {
    return DynamicFeeTransaction.unsigned(chain.genesisConfig().chainId(), nonce, Wei.of(1_000_000_000L),
        Wei.of(5_000_000_000L), 21_000, Optional.of(RECIPIENT), Wei.of(1000), Bytes.EMPTY, AccessList.EMPTY)
        .signedWith(KEY, Secp256k1.best());
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition reached before the deadline").isLessThan(deadline);
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  @Test
  void instantModeSealsSubmittedTransactionsAndClearsThePool() throws Exception {
    start(new SealingMode.Instant());
    for (int n = 0; n < 5; n++) {
      assertThat(pool.add(transfer(n), io.converge.txpool.Origin.LOCAL)).isInstanceOf(AdmissionResult.class);
      producer.onTransactionsArrived();
    }

    await(() -> chain.stateAt(chain.headHash()).orElseThrow().nonce(SENDER) == 5);
    await(() -> pool.status().pending() == 0);
    assertThat(chain.stateAt(chain.headHash()).orElseThrow().balance(RECIPIENT)).isEqualTo(Wei.of(5000));
    assertThat(announced).isNotEmpty().allSatisfy(b -> assertThat(b.body().transactions()).isNotEmpty());
  }

  @Test
  void instantModeMakesNoEmptyBlocks() throws Exception {
    start(new SealingMode.Instant());
    producer.onTransactionsArrived();
    producer.post(new DevEvent.Tick());
    producer.stop();
    assertThat(chain.head().number()).isZero();
  }

  @Test
  void intervalModeSealsEmptyBlocksOnEveryTickWithIncreasingTimestamps() throws Exception {
    start(new SealingMode.Interval(Duration.ofMillis(100)));
    for (int i = 0; i < 3; i++) {
      producer.post(new DevEvent.Tick());
    }
    await(() -> chain.head().number() == 3);
    assertThat(announced).extracting(b -> b.header().timestamp()).containsExactly(0x11L, 0x12L, 0x13L);
    assertThat(announced).allSatisfy(b -> assertThat(b.body().transactions()).isEmpty());
  }
}
