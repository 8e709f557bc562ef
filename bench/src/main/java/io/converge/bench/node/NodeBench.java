package io.converge.bench.node;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.consensus.dev.SealingMode;
import io.converge.crypto.hd.EthereumAccount;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.node.dev.DevAccounts;
import io.converge.node.dev.DevConfig;
import io.converge.node.dev.DevNode;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * End-to-end ERC-20 transfers per second on an in-process dev node (instant sealing, RocksDB fsynced per block):
 * N transfers are signed before the clock starts, sent as {@code eth_sendRawTransaction} JSON-RPC batches over several
 * HTTP connections, and the clock stops when the blocks hold all N. The named peer, measured in the same JVM, is the
 * machine's native secp256k1 sender-recovery rate on all cores.
 *
 * <p>Usage: {@code NodeBench <token-init-code-hex-file> [transfers] [senders] [connections] [batch]}
 */
public final class NodeBench {
  private static final ChainId CHAIN_ID = ChainId.of(1337);
  private static final Wei TIP = Wei.of(1_000_000_000L);
  private static final Wei FEE_CAP = Wei.of(100_000_000_000L);
  private static final long TRANSFER_GAS = 70_000;
  private static final byte[] TRANSFER_SELECTOR = HexFormat.of().parseHex("a9059cbb"); // transfer(address,uint256)
  /** Sent but not yet in a block: kept below the pool's 5,120 pending slots so that nothing is evicted. */
  private static final int WINDOW = 4_000;
  private static final long DEADLINE_NANOS = 150_000_000_000L;

  private NodeBench() {}

  public static void main(String[] args) throws Exception {
    String tokenInit = Files.readString(Path.of(args[0])).strip();
    int transfers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int senders = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    int connections = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    int batchSize = args.length > 4 ? Integer.parseInt(args[4]) : 100;
    int cores = Runtime.getRuntime().availableProcessors();

    Path dataDir = Files.createTempDirectory("converge-node-bench");
    try {
      DevConfig config = new DevConfig(dataDir, "127.0.0.1", 0, new SealingMode.Instant(), senders + 1, CHAIN_ID);
      try (DevNode node = DevNode.start(config, Clock.systemUTC(), List.of())) {
        List<EthereumAccount> accounts = DevAccounts.first(senders + 1);
        BatchRpc rpc = new BatchRpc(node.rpcUrl());
        Address token = setUp(rpc, accounts, tokenInit, transfers);

        System.out.printf("== signing %,d ERC-20 transfers from %d senders (before timing)%n", transfers, senders);
        List<List<Transaction>> perConnection = sign(accounts, token, transfers, senders, connections);
        List<List<String>> bodies = new ArrayList<>();
        List<Transaction> all = new ArrayList<>();
        for (List<Transaction> txs : perConnection) {
          List<String> own = new ArrayList<>();
          for (int from = 0; from < txs.size(); from += batchSize) {
            List<List<Object>> params = new ArrayList<>();
            for (Transaction tx : txs.subList(from, Math.min(txs.size(), from + batchSize))) {
              params.add(List.of(tx.encoded().toHex()));
            }
            own.add(BatchRpc.batchBody("eth_sendRawTransaction", params));
          }
          bodies.add(own);
          all.addAll(txs);
        }

        System.out.printf("== sending over %d connections in batches of %d (at most %,d unmined)%n", connections,
            batchSize, WINDOW);
        List<Transaction> lastConnection = perConnection.get(perConnection.size() - 1);
        Transaction last = lastConnection.get(lastConnection.size() - 1);
        Result result = send(node.rpcUrl(), rpc, bodies, transfers, batchSize, last.hash());
        double tps = transfers / (result.nanos / 1e9);
        verify(rpc, all, result);

        System.out.printf("== native sender-recovery ceiling (%d threads)%n", cores);
        double recoveries = RecoveryCeiling.recoveriesPerSecond(all.subList(0, Math.min(all.size(), 1000)), cores,
            1000, 4000);

        System.out.println();
        System.out.printf("transfers            %,d ERC-20 transfers, %d senders, fresh recipients, all status 1%n",
            transfers, senders);
        System.out.printf("elapsed              %.3f s (first send to last receipt)%n", result.nanos / 1e9);
        System.out.printf("blocks               %d, mean %.1f transfers per block, max %d%n", result.blocks(),
            (double) transfers / result.blocks(), result.maxPerBlock);
        System.out.printf("converge dev node    %,.0f transfers/s%n", tps);
        System.out.printf("native recovery      %,.0f recoveries/s on %d cores (Secp256k1.best() = %s)%n", recoveries,
            cores, Secp256k1.best().getClass().getSimpleName());
        System.out.printf("ratio                %.3f (transfers/s / recoveries/s)%n", tps / recoveries);
        System.out.printf("goal                 10,000 transfers/s: %s%n", tps >= 10_000 ? "met" : "NOT met");
      }
    } finally {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Deploys the token from account 0 and gives each sender enough tokens; returns the token's address. */
  private static Address setUp(BatchRpc rpc, List<EthereumAccount> accounts, String tokenInit, int transfers)
      throws Exception {
    EthereumAccount owner = accounts.get(0);
    Transaction deploy = DynamicFeeTransaction.unsigned(CHAIN_ID, 0, TIP, FEE_CAP, 3_000_000, Optional.empty(),
        Wei.ZERO, Bytes.fromHex(tokenInit), AccessList.EMPTY).signedWith(owner.privateKey(), Secp256k1.best());
    rpc.call("eth_sendRawTransaction", deploy.encoded().toHex());
    JsonNode receipt = awaitReceipt(rpc, deploy.hash().toHex());
    requireSuccess(receipt, "token deployment");
    Address token = Address.fromHex(receipt.get("contractAddress").asText());
    List<Transaction> funding = new ArrayList<>();
    for (int i = 1; i < accounts.size(); i++) {
      funding.add(erc20Transfer(owner, i, token, DevAccounts.address(accounts.get(i)),
          BigInteger.valueOf(transfers)));
    }
    for (Transaction tx : funding) {
      rpc.call("eth_sendRawTransaction", tx.encoded().toHex());
    }
    for (Transaction tx : funding) {
      requireSuccess(awaitReceipt(rpc, tx.hash().toHex()), "funding");
    }
    System.out.printf("== token %s deployed; %d senders funded%n", token, accounts.size() - 1);
    return token;
  }

  /** Transfers round-robin over the senders; each sender's transactions go over one connection in nonce order. */
  private static List<List<Transaction>> sign(List<EthereumAccount> accounts, Address token, int transfers,
      int senders, int connections) {
    List<List<Transaction>> perConnection = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      perConnection.add(new ArrayList<>());
    }
    long[] nonces = new long[senders];
    for (int i = 0; i < transfers; i++) {
      int s = i % senders;
      Address recipient = Address.ofNumber(0x10_0000_0000L + i);
      perConnection.get(s % connections)
          .add(erc20Transfer(accounts.get(s + 1), nonces[s]++, token, recipient, BigInteger.ONE));
    }
    return perConnection;
  }

  private static Transaction erc20Transfer(EthereumAccount from, long nonce, Address token, Address to,
      BigInteger amount) {
    byte[] data = new byte[4 + 32 + 32];
    System.arraycopy(TRANSFER_SELECTOR, 0, data, 0, 4);
    System.arraycopy(to.toArray(), 0, data, 4 + 12, 20);
    byte[] value = amount.toByteArray();
    System.arraycopy(value, 0, data, 4 + 64 - value.length, value.length);
    return DynamicFeeTransaction.unsigned(CHAIN_ID, nonce, TIP, FEE_CAP, TRANSFER_GAS, Optional.of(token), Wei.ZERO,
        Bytes.wrap(data), AccessList.EMPTY).signedWith(from.privateKey(), Secp256k1.best());
  }

  private record Result(long nanos, long firstBlock, long lastBlock, long maxPerBlock) {
    long blocks() {
      return lastBlock - firstBlock + 1;
    }
  }

  private static Result send(String url, BatchRpc rpc, List<List<String>> bodies, int transfers, int batchSize,
      Hash lastSent) throws Exception {
    long startBlock = BatchRpc.quantity(rpc.call("eth_blockNumber"));
    AtomicLong sent = new AtomicLong();
    AtomicLong mined = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> senders = new ArrayList<>();
    for (int c = 0; c < bodies.size(); c++) {
      List<String> own = bodies.get(c);
      BatchRpc connection = new BatchRpc(url);
      connection.call("eth_chainId"); // open the connection before the clock starts
      senders.add(new Thread(() -> {
        try {
          for (String body : own) {
            while (sent.get() - mined.get() > WINDOW - batchSize && failure.get() == null) {
              LockSupport.parkNanos(200_000);
            }
            int n = BatchRpc.JSON.readTree(body).size();
            sent.addAndGet(n);
            connection.batch(body, n);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }, "send-" + c));
    }
    long start = System.nanoTime();
    senders.forEach(Thread::start);
    long block = startBlock;
    long maxPerBlock = 0;
    while (mined.get() < transfers) {
      if (failure.get() != null) {
        throw new IllegalStateException("sending failed after " + sent.get() + " sent", failure.get());
      }
      if (System.nanoTime() - start > DEADLINE_NANOS) {
        throw new IllegalStateException("only " + mined.get() + " of " + transfers + " mined within the deadline");
      }
      long head = BatchRpc.quantity(rpc.call("eth_blockNumber"));
      if (head == block) {
        LockSupport.parkNanos(2_000_000);
        continue;
      }
      while (block < head) {
        block++;
        int count = rpc.call("eth_getBlockByNumber", "0x" + Long.toHexString(block), false).get("transactions")
            .size();
        maxPerBlock = Math.max(maxPerBlock, count);
        mined.addAndGet(count);
      }
    }
    awaitReceipt(rpc, lastSent.toHex()); // the last transaction sent (in a block already: one call)
    long nanos = System.nanoTime() - start;
    for (Thread t : senders) {
      t.join();
    }
    return new Result(nanos, startBlock + 1, block, maxPerBlock);
  }

  /**
   * Every transfer has a receipt with status 1 (checked after the clock stopped). Reads whole blocks with
   * {@code eth_getBlockReceipts}: one {@code eth_getTransactionReceipt} builds every receipt of its block.
   */
  private static void verify(BatchRpc rpc, List<Transaction> all, Result result) throws Exception {
    Map<String, String> status = new HashMap<>();
    for (long n = result.firstBlock(); n <= result.lastBlock(); n++) {
      for (JsonNode receipt : rpc.call("eth_getBlockReceipts", "0x" + Long.toHexString(n))) {
        status.put(receipt.get("transactionHash").asText(), receipt.get("status").asText());
      }
    }
    for (Transaction tx : all) {
      String s = status.get(tx.hash().toHex());
      if (!"0x1".equals(s)) {
        throw new IllegalStateException("transfer " + tx.hash() + " has receipt status " + s);
      }
    }
  }

  private static JsonNode awaitReceipt(BatchRpc rpc, String hash) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      JsonNode r = rpc.call("eth_getTransactionReceipt", hash);
      if (r != null && !r.isNull()) {
        return r;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no receipt for " + hash + " within 60 s");
      }
      LockSupport.parkNanos(5_000_000);
    }
  }

  private static void requireSuccess(JsonNode receipt, String what) {
    if (!"0x1".equals(receipt.get("status").asText())) {
      throw new IllegalStateException(what + " failed: " + receipt);
    }
  }
}
