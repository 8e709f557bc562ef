package io.converge.consensus.dev;

import io.converge.chain.BlockImporter;
import io.converge.chain.ImportResult;
import io.converge.chain.StoredBlockchain;
import io.converge.chain.build.BlockAttributes;
import io.converge.chain.build.BlockBuilder;
import io.converge.chain.build.BuiltBlock;
import io.converge.consensus.api.ConsensusEngine;
import io.converge.consensus.api.NewBlockListener;
import io.converge.txpool.TransactionPool;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.block.Block;
import io.converge.types.block.BlockHeader;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Block production for a single-node dev chain. One thread takes {@link DevEvent}s from a queue and is the only one
 * that builds and imports blocks, so nothing here is shared. In {@link SealingMode.Instant} mode a block is sealed
 * whenever the pool has executable transactions (arrivals queued meanwhile are merged into one block); in
 * {@link SealingMode.Interval} mode a block is sealed on every tick, empty or not. Timestamps are
 * {@code max(clock, parent + 1)}, so they strictly increase even when several blocks land within a second.
 *
 * <p>Every block goes through the {@link BlockImporter}, which executes it again and stores it in one batch; only then
 * does the pool learn the new head and do listeners hear of it.
 */
public final class DevBlockProducer implements ConsensusEngine {
  private static final Logger LOG = LoggerFactory.getLogger(DevBlockProducer.class);
  /** Instant mode seals until the pool is drained, but never loops forever on a pool that refills as fast. */
  private static final int MAX_BLOCKS_PER_WAKE_UP = 64;

  private final StoredBlockchain chain;
  private final BlockImporter importer;
  private final BlockBuilder builder;
  private final TransactionPool pool;
  private final SealingMode mode;
  private final Clock clock;
  private final Address coinbase;
  private final List<NewBlockListener> listeners;
  private final BlockingQueue<DevEvent> events = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean started;

  public DevBlockProducer(StoredBlockchain chain, BlockImporter importer, TransactionPool pool, SealingMode mode,
      Clock clock, Address coinbase, List<NewBlockListener> listeners) {
    this.chain = Objects.requireNonNull(chain, "chain");
    this.importer = Objects.requireNonNull(importer, "importer");
    this.builder = new BlockBuilder(chain);
    this.pool = Objects.requireNonNull(pool, "pool");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.coinbase = Objects.requireNonNull(coinbase, "coinbase");
    this.listeners = List.copyOf(listeners);
    this.thread = new Thread(this::run, "dev-block-producer");
  }

  public SealingMode mode() {
    return mode;
  }

  @Override
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("the producer was already started");
    }
    started = true;
    thread.start();
    // Transactions restored or submitted before the start are sealed without waiting for another arrival.
    post(new DevEvent.TransactionsArrived());
  }

  @Override
  public void onTransactionsArrived() {
    post(new DevEvent.TransactionsArrived());
  }

  /** Queues an event for the producer's thread; the node posts {@link DevEvent.Tick}s in interval mode. */
  public void post(DevEvent event) {
    events.add(Objects.requireNonNull(event, "event"));
  }

  @Override
  public synchronized void stop() {
    if (!started || !thread.isAlive()) {
      return;
    }
    post(new DevEvent.Stop());
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    LOG.info("Dev block producer started mode={} head={}", mode, chain.head().number());
    while (true) {
      DevEvent event;
      try {
        event = events.take();
      } catch (InterruptedException e) {
        return;
      }
      try {
        if (event instanceof DevEvent.Stop) {
          LOG.info("Dev block producer stopped head={}", chain.head().number());
          return;
        } else if (event instanceof DevEvent.TransactionsArrived && mode instanceof SealingMode.Instant) {
          events.removeIf(DevEvent.TransactionsArrived.class::isInstance); // one wake-up seals them all
          sealWhilePending();
        } else if (event instanceof DevEvent.Tick && mode instanceof SealingMode.Interval) {
          seal();
        }
      } catch (RuntimeException e) {
        // A failed block leaves the chain as it was; the next event tries again.
        LOG.error("Sealing failed event={}", event, e);
      }
    }
  }

  private void sealWhilePending() {
    for (int i = 0; i < MAX_BLOCKS_PER_WAKE_UP && pool.candidates().hasNext(); i++) {
      Optional<Block> sealed = seal();
      if (sealed.isEmpty() || sealed.get().body().transactions().isEmpty()) {
        return; // nothing the pool offers executes now; wait for the next arrival
      }
    }
  }

  /** Builds a block on the head from the pool's best transactions and imports it. */
  private Optional<Block> seal() {
    BlockHeader parent = chain.head();
    long timestamp = Math.max(clock.instant().getEpochSecond(), parent.timestamp() + 1);
    BlockAttributes attributes = BlockAttributes.standalone(timestamp, coinbase, prevRandao(parent));
    BuiltBlock built = builder.build(parent, attributes, new PoolTransactions(pool.candidates()));
    Block block = built.block();
    ImportResult result = importer.importBlock(block);
    if (!(result instanceof ImportResult.Imported imported) || imported.newHead().isEmpty()) {
      LOG.error("The importer refused a sealed block number={} hash={} result={}", block.number(), block.hash(),
          result);
      return Optional.empty();
    }
    pool.onNewHead(NextBlockHead.of(chain, block.header()), block.body().transactions());
    LOG.debug("Sealed block number={} txs={} skipped={} hash={}", block.number(),
        block.body().transactions().size(), built.skipped(), block.hash());
    for (NewBlockListener listener : listeners) {
      try {
        listener.onNewBlock(block, built.receipts());
      } catch (RuntimeException e) {
        LOG.warn("New block listener failed listener={} number={}", listener, block.number(), e);
      }
    }
    return Optional.of(block);
  }

  /** A dev chain has no beacon chain; the parent's hash stands in, deterministic but different for every block. */
  private static Hash prevRandao(BlockHeader parent) {
    return Hash.keccak256(parent.hash().toArray());
  }
}
