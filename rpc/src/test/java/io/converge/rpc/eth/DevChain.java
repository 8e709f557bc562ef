package io.converge.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.chain.BlockImporter;
import io.converge.chain.ImportResult;
import io.converge.chain.StoredBlockchain;
import io.converge.chain.config.GenesisConfig;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.protocol.block.BlockOutcome;
import io.converge.protocol.block.BlockProcessor;
import io.converge.protocol.block.BlockRules;
import io.converge.protocol.block.Difficulty;
import io.converge.protocol.block.HeaderValidator;
import io.converge.protocol.fork.ForkRules;
import io.converge.rpc.method.RpcMethodRegistry;
import io.converge.rpc.server.RpcLimits;
import io.converge.rpc.server.RpcServer;
import io.converge.rpc.server.RpcServerConfig;
import io.converge.storage.memory.InMemoryStore;
import io.converge.trie.OrderedTrie;
import io.converge.txpool.HeadInfo;
import io.converge.txpool.PoolConfig;
import io.converge.txpool.PoolStateView;
import io.converge.txpool.TransactionPool;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.Transaction;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A real dev chain in memory behind a real RPC server on a loopback port: genesis with a funded sender and six small
 * contracts (counter, reverter, logger, returns-42, a proxy that STATICCALLs returns-42, returns-block-number),
 * with blocks built by the protocol's BlockProcessor and imported.
 */
final class DevChain implements AutoCloseable {
  static final byte[] KEY =
      Bytes.fromHex("45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8").toArray();
  static final Address SENDER = Address.fromHex("a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  static final Address COINBASE = Address.fromHex("2adc25665018aa1fe0e6bc666dac8fc2697ff9ba");
  static final Address COUNTER = Address.fromHex("1000000000000000000000000000000000000001");
  static final Address REVERTER = Address.fromHex("1000000000000000000000000000000000000002");
  static final Address LOGGER = Address.fromHex("1000000000000000000000000000000000000003");
  static final Address FORTY_TWO = Address.fromHex("1000000000000000000000000000000000000004");
  static final Address PROXY = Address.fromHex("1000000000000000000000000000000000000005");
  static final Address NUMBER = Address.fromHex("1000000000000000000000000000000000000006");
  static final Hash LOG_TOPIC = Hash.fromHex("aa00000000000000000000000000000000000000000000000000000000000001");
  static final ObjectMapper JSON = new ObjectMapper();

  final StoredBlockchain chain;
  final BlockImporter importer;
  final TransactionPool pool;
  final ChainEvents events = new ChainEvents();
  final MutableClock clock = new MutableClock();
  final ChainId chainId;
  private final BlockProcessor processor;
  private final RpcServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  final InetSocketAddress address;
  private int ids;

  DevChain(RpcLimits limits) throws Exception {
    GenesisConfig genesis;
    try (InputStream in = DevChain.class.getResourceAsStream("/rpc-dev-genesis.json")) {
      genesis = GenesisConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    chain = StoredBlockchain.open(new InMemoryStore(), genesis);
    importer = new BlockImporter(chain);
    chainId = genesis.chainId();
    processor = new BlockProcessor(chainId);
    PoolStateView state = new PoolStateView() {
      @Override
      public long nonce(Address account) {
        return chain.stateAt(chain.headHash()).orElseThrow().nonce(account);
      }

      @Override
      public Wei balance(Address account) {
        return chain.stateAt(chain.headHash()).orElseThrow().balance(account);
      }
    };
    pool = new TransactionPool(PoolConfig.DEFAULT, state, headInfo(), clock);
    pool.addListener(new io.converge.txpool.PoolListener() {
      @Override
      public void onAdded(Transaction tx, Address sender, io.converge.txpool.Slot slot) {
        events.publishPendingTransaction(tx.hash());
      }
    });
    EthApiContext ctx = new EthApiContext(chain, genesis.forks(), chainId, pool, UnlockedAccounts.of(List.of(KEY)),
        events, limits, clock);
    server = RpcServer.open(RpcServerConfig.defaults().withPort(0).withLimits(limits),
        RpcMethodRegistry.of(EthApi.namespaces(ctx)));
    address = server.start();
  }

  DevChain() throws Exception {
    this(RpcLimits.DEFAULT);
  }

  private HeadInfo headInfo() {
    BlockHeader head = chain.head();
    return new HeadInfo(head.number(), HeaderValidator.baseFee(head), Wei.of(1), head.gasLimit(), Fork.CANCUN,
        chainId);
  }

  Transaction transfer(long nonce, Address to, long wei) {
    return LegacyTransaction.unsigned(nonce, Wei.of(10_000_000_000L), 21_000, Optional.of(to), Wei.of(wei),
        Bytes.EMPTY, Optional.of(chainId)).signedWith(KEY, Secp256k1.best());
  }

  Transaction dynamicCall(long nonce, Address to, long gas) {
    return DynamicFeeTransaction.unsigned(chainId, nonce, Wei.of(2_000_000_000L), Wei.of(30_000_000_000L), gas,
        Optional.of(to), Wei.ZERO, Bytes.EMPTY, AccessList.EMPTY).signedWith(KEY, Secp256k1.best());
  }

  /** Builds, imports and announces a child of the head holding {@code txs}. */
  Block mine(List<Transaction> txs) {
    BlockHeader parent = chain.head();
    long number = parent.number() + 1;
    long timestamp = parent.timestamp() + 12;
    var forks = chain.genesisConfig().forks();
    Fork fork = forks.forkAt(number, timestamp, forks.isMerged(chain.totalDifficulty(parent.hash()).orElseThrow()));
    BlockHeader.Builder h = BlockHeader.builder().parentHash(parent.hash()).number(number).timestamp(timestamp)
        .gasLimit(parent.gasLimit()).coinbase(COINBASE);
    BlockRules rules = BlockRules.of(fork);
    if (!rules.proofOfStake()) {
      h.difficulty(Difficulty.expected(rules, number, timestamp, parent));
    }
    h.baseFeePerGas(HeaderValidator.baseFee(parent));
    h.withdrawalsRoot(BlockProcessor.withdrawalsRoot(List.of()));
    var blob = ForkRules.of(fork).blobGas().orElseThrow();
    h.blobGasUsed(0).excessBlobGas(blob.excessBlobGas(parent.excessBlobGas().orElse(0),
        parent.blobGasUsed().orElse(0))).parentBeaconBlockRoot(Hash.ZERO);
    h.transactionsRoot(OrderedTrie.rootOf(txs.stream().map(Transaction::encoded).toList()));
    h.ommersHash(BlockProcessor.ommersHash(List.of()));
    BlockBody body = new BlockBody(txs, List.of(), Optional.of(List.of()));
    Block draft = new Block(h.build(), body);
    BlockOutcome.Processed p = (BlockOutcome.Processed) processor.execute(
        chain.stateAt(parent.hash()).orElseThrow(), draft, fork, n -> Hash.ZERO, false);
    h.gasUsed(p.gasUsed()).receiptsRoot(p.receiptsRoot()).logsBloom(p.logsBloom()).stateRoot(p.stateRoot());
    Block block = new Block(h.build(), body);
    ImportResult result = importer.importBlock(block);
    if (!(result instanceof ImportResult.Imported)) {
      throw new AssertionError("block " + number + " not imported: " + result);
    }
    pool.onNewHead(headInfo(), txs);
    events.publishNewBlock(block.header(), chain.logs(block.hash()));
    return block;
  }

  /** Calls {@code method} over HTTP and returns the whole response object. */
  JsonNode call(String method, Object... params) throws Exception {
    String body = JSON.writeValueAsString(java.util.Map.of("jsonrpc", "2.0", "id", ++ids, "method", method,
        "params", List.of(params)));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
            URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  /** The {@code result} of a call that must succeed. */
  JsonNode result(String method, Object... params) throws Exception {
    JsonNode response = call(method, params);
    if (response.has("error")) {
      throw new AssertionError(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  @Override
  public void close() {
    server.close();
  }

  /** A clock tests move forward by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
