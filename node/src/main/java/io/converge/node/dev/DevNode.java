package io.converge.node.dev;

import io.converge.chain.BlockImporter;
import io.converge.chain.GenesisMismatchException;
import io.converge.chain.StoredBlockchain;
import io.converge.chain.config.GenesisConfig;
import io.converge.chain.config.GenesisConfigException;
import io.converge.consensus.api.NewBlockListener;
import io.converge.consensus.dev.DevBlockProducer;
import io.converge.consensus.dev.NextBlockHead;
import io.converge.consensus.dev.SealingMode;
import io.converge.crypto.hd.EthereumAccount;
import io.converge.rpc.eth.ChainEvents;
import io.converge.rpc.server.RpcServer;
import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.rocksdb.RocksDbStore;
import io.converge.txpool.PoolConfig;
import io.converge.txpool.PoolListener;
import io.converge.txpool.Slot;
import io.converge.txpool.TransactionPool;
import io.converge.types.Address;
import io.converge.types.transaction.Transaction;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node dev chain, wired: RocksDB under {@code <data-dir>/db}, the chain on the stored (or generated) genesis
 * with every import fsynced, the pool over the head state, the dev block producer, and the JSON-RPC server.
 * {@link #close} undoes it in the opposite order: RPC first so no call sees a half-closed node, RocksDB last.
 */
public final class DevNode implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DevNode.class);

  private final DevConfig config;
  private final List<EthereumAccount> accounts;
  private final KeyValueStore store;
  private final StoredBlockchain chain;
  private final TransactionPool pool;
  private final DevBlockProducer producer;
  private final Optional<IntervalTicker> ticker;
  private final RpcServer rpc;
  private final InetSocketAddress rpcAddress;
  private final CountDownLatch closed = new CountDownLatch(1);
  private boolean closing;

  private DevNode(DevConfig config, List<EthereumAccount> accounts, KeyValueStore store, StoredBlockchain chain,
      TransactionPool pool, DevBlockProducer producer, Optional<IntervalTicker> ticker, RpcServer rpc,
      InetSocketAddress rpcAddress) {
    this.config = config;
    this.accounts = accounts;
    this.store = store;
    this.chain = chain;
    this.pool = pool;
    this.producer = producer;
    this.ticker = ticker;
    this.rpc = rpc;
    this.rpcAddress = rpcAddress;
  }

  /**
   * Opens (or creates) the dev chain in {@code config.dataDir()} and starts producing and serving.
   *
   * @param blockListeners told of each sealed block after the RPC feeds (e.g. the console log)
   */
  public static DevNode start(DevConfig config, Clock clock, List<NewBlockListener> blockListeners)
      throws IOException, GenesisConfigException, GenesisMismatchException {
    List<EthereumAccount> accounts = DevAccounts.first(config.accounts());
    GenesisConfig genesis = DevGenesis.loadOrCreate(config.dataDir(), config.chainId(), accounts);
    if (!genesis.chainId().equals(config.chainId())) {
      LOG.warn("The stored genesis keeps its chain id stored={} requested={} genesis={}", genesis.chainId(),
          config.chainId(), config.dataDir().resolve(DevGenesis.FILE_NAME));
    }
    KeyValueStore store = RocksDbStore.open(config.dataDir().resolve("db"));
    try {
      StoredBlockchain chain = StoredBlockchain.open(store, genesis);
      // Fsynced: a block whose receipt a client saw survives kill -9 and power loss.
      BlockImporter importer = new BlockImporter(chain, Durability.SYNCED);
      TransactionPool pool = new TransactionPool(PoolConfig.DEFAULT, new HeadStateView(chain),
          NextBlockHead.of(chain, chain.head()), clock);
      ChainEvents events = new ChainEvents();
      List<NewBlockListener> listeners = new ArrayList<>();
      listeners.add((block, receipts) -> events.publishNewBlock(block.header(), chain.logs(block.hash())));
      listeners.addAll(blockListeners);
      DevBlockProducer producer = new DevBlockProducer(chain, importer, pool, config.sealing(), clock,
          Address.ZERO, listeners);
      pool.addListener(new PoolListener() {
        @Override
        public void onAdded(Transaction tx, Address sender, Slot slot) {
          events.publishPendingTransaction(tx.hash());
          if (slot == Slot.PENDING) {
            producer.onTransactionsArrived();
          }
        }

        @Override
        public void onPromoted(Transaction tx, Address sender) {
          producer.onTransactionsArrived();
        }
      });
      RpcServer rpc = DevRpc.open(config, chain, pool, events, accounts, clock);
      InetSocketAddress address = rpc.start();
      producer.start();
      Optional<IntervalTicker> ticker = config.sealing() instanceof SealingMode.Interval interval
          ? Optional.of(new IntervalTicker(producer, interval.blockTime()))
          : Optional.empty();
      LOG.info("Dev node started chainId={} head={} hash={} dataDir={}", genesis.chainId().value(),
          chain.head().number(), chain.headHash(), config.dataDir().toAbsolutePath());
      return new DevNode(config, accounts, store, chain, pool, producer, ticker, rpc, address);
    } catch (IOException | GenesisMismatchException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public DevConfig config() {
    return config;
  }

  /** The mnemonic accounts shown in the banner (and funded, on a chain this node created). */
  public List<EthereumAccount> accounts() {
    return accounts;
  }

  public StoredBlockchain chain() {
    return chain;
  }

  public TransactionPool pool() {
    return pool;
  }

  public InetSocketAddress rpcAddress() {
    return rpcAddress;
  }

  public String rpcUrl() {
    return "http://" + rpcAddress.getHostString() + ":" + rpcAddress.getPort();
  }

  /** Blocks until {@link #close} has finished (the command line waits here for Ctrl-C or SIGTERM). */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closing) {
        return;
      }
      closing = true;
    }
    try {
      ticker.ifPresent(IntervalTicker::close);
      rpc.close();
      producer.stop(); // waits for a block in progress to be imported
      try {
        store.close();
      } catch (RuntimeException e) {
        LOG.warn("Closing the database failed dataDir={}", config.dataDir(), e);
      }
      LOG.info("Dev node stopped head={} hash={}", chain.head().number(), chain.headHash());
    } finally {
      closed.countDown();
    }
  }
}
