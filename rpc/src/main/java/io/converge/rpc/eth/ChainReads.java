package io.converge.rpc.eth;

import io.converge.chain.Blockchain;
import io.converge.chain.TransactionLocation;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.param.BlockParameter;
import io.converge.rpc.param.BlockTag;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.Quantity;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.receipt.Receipt;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The eth methods that only read the chain, the state or the pool: blocks, transactions, receipts, accounts. */
final class ChainReads {
  /** A storage slot as Geth's {@code decodeHash} takes it: 0x-prefixed hex of at most 32 bytes, odd length allowed. */
  static final ParamType<UInt256> SLOT = v -> {
    String text = ParamType.STRING.parse(v);
    String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    if (digits.length() > 64) {
      throw new io.converge.rpc.param.InvalidParamException("hex string too long, want at most 32 bytes");
    }
    if (digits.isEmpty()) {
      return UInt256.ZERO;
    }
    try {
      return new UInt256(new BigInteger(digits, 16));
    } catch (NumberFormatException e) {
      throw new io.converge.rpc.param.InvalidParamException("hex string invalid");
    }
  };

  private final EthApiContext ctx;
  private final ChainView view;

  ChainReads(EthApiContext ctx, ChainView view) {
    this.ctx = ctx;
    this.view = view;
  }

  List<RpcMethod> methods() {
    return List.of(
        RpcMethod.of("eth_chainId", r -> none(r, Quantity.of(ctx.chainId().value()))),
        RpcMethod.of("eth_syncing", r -> none(r, false)),
        RpcMethod.of("eth_mining", r -> none(r, false)),
        RpcMethod.of("eth_hashrate", r -> none(r, Quantity.of(0))),
        RpcMethod.of("eth_blockNumber", r -> none(r, Quantity.of(ctx.blockchain().head().number()))),
        RpcMethod.of("eth_accounts", r -> none(r, ctx.accounts().addresses())),
        RpcMethod.of("eth_getBalance", r -> state(r).balance(address(r))),
        RpcMethod.of("eth_getCode", r -> state(r).code(address(r))),
        RpcMethod.of("eth_getStorageAt", this::storageAt),
        RpcMethod.of("eth_getTransactionCount", this::transactionCount),
        RpcMethod.of("eth_getBlockByNumber", r -> {
          r.params().expectAtMost(2);
          BlockParameter p = r.params().required(0, ParamType.BLOCK_NUMBER);
          return blockJson(view.header(p), r.params().required(1, ParamType.BOOLEAN));
        }),
        RpcMethod.of("eth_getBlockByHash", r -> {
          r.params().expectAtMost(2);
          Hash hash = r.params().required(0, ParamType.HASH);
          return blockJson(ctx.blockchain().header(hash), r.params().required(1, ParamType.BOOLEAN));
        }),
        RpcMethod.of("eth_getHeaderByNumber", r -> {
          r.params().expectAtMost(1);
          return view.header(r.params().required(0, ParamType.BLOCK_NUMBER)).map(BlockJson::header).orElse(null);
        }),
        RpcMethod.of("eth_getHeaderByHash", r -> {
          r.params().expectAtMost(1);
          return ctx.blockchain().header(r.params().required(0, ParamType.HASH)).map(BlockJson::header).orElse(null);
        }),
        RpcMethod.of("eth_getBlockTransactionCountByNumber", r -> {
          r.params().expectAtMost(1);
          return txCount(blockOf(view.header(r.params().required(0, ParamType.BLOCK_NUMBER))));
        }),
        RpcMethod.of("eth_getBlockTransactionCountByHash", r -> {
          r.params().expectAtMost(1);
          return txCount(ctx.blockchain().block(r.params().required(0, ParamType.HASH)));
        }),
        RpcMethod.of("eth_getUncleCountByBlockNumber", r -> {
          r.params().expectAtMost(1);
          return blockOf(view.header(r.params().required(0, ParamType.BLOCK_NUMBER)))
              .map(b -> Quantity.of(b.body().ommers().size())).orElse(null);
        }),
        RpcMethod.of("eth_getUncleCountByBlockHash", r -> {
          r.params().expectAtMost(1);
          return ctx.blockchain().block(r.params().required(0, ParamType.HASH))
              .map(b -> Quantity.of(b.body().ommers().size())).orElse(null);
        }),
        RpcMethod.of("eth_coinbase", r -> {
          r.params().expectAtMost(0);
          return ctx.accounts().addresses().stream().findFirst().orElseThrow(
              () -> RpcException.serverError("etherbase must be explicitly specified"));
        }),
        RpcMethod.of("eth_getUncleByBlockHashAndIndex", r -> {
          r.params().expectAtMost(2);
          Optional<Block> block = ctx.blockchain().block(r.params().required(0, ParamType.HASH));
          return uncleAt(block, r.params().required(1, ParamType.LONG_QUANTITY));
        }),
        RpcMethod.of("eth_getUncleByBlockNumberAndIndex", r -> {
          r.params().expectAtMost(2);
          Optional<Block> block = blockOf(view.header(r.params().required(0, ParamType.BLOCK_NUMBER)));
          return uncleAt(block, r.params().required(1, ParamType.LONG_QUANTITY));
        }),
        RpcMethod.of("eth_getTransactionByHash", this::transactionByHash),
        RpcMethod.of("eth_getTransactionByBlockHashAndIndex", r -> {
          r.params().expectAtMost(2);
          Optional<Block> block = ctx.blockchain().block(r.params().required(0, ParamType.HASH));
          return transactionAt(block, r.params().required(1, ParamType.LONG_QUANTITY));
        }),
        RpcMethod.of("eth_getTransactionByBlockNumberAndIndex", r -> {
          r.params().expectAtMost(2);
          Optional<Block> block = blockOf(view.header(r.params().required(0, ParamType.BLOCK_NUMBER)));
          return transactionAt(block, r.params().required(1, ParamType.LONG_QUANTITY));
        }),
        RpcMethod.of("eth_getRawTransactionByHash", r -> {
          r.params().expectAtMost(1);
          Hash hash = r.params().required(0, ParamType.HASH);
          return located(hash).map(Transaction::encoded)
              .or(() -> ctx.pool().get(hash).map(Transaction::encoded)).orElse(null);
        }),
        RpcMethod.of("eth_getTransactionReceipt", this::receipt),
        RpcMethod.of("eth_getBlockReceipts", r -> {
          r.params().expectAtMost(1);
          Optional<BlockHeader> header = view.header(r.params().required(0, ParamType.BLOCK));
          return header.isEmpty() ? null : blockReceipts(header.get());
        }));
  }

  private static Object none(RpcRequest r, Object result) throws RpcException {
    r.params().expectAtMost(0);
    return result;
  }

  private static Address address(RpcRequest r) throws RpcException {
    return r.params().required(0, ParamType.ADDRESS);
  }

  /**
   * The state named by argument 1, for the account getters taking [address, block]. Geth declares the block as a
   * non-pointer argument, so it is required there and here.
   */
  private TrieWorldState state(RpcRequest r) throws RpcException {
    r.params().expectAtMost(2);
    r.params().required(0, ParamType.ADDRESS);
    BlockParameter p = r.params().required(1, ParamType.BLOCK);
    return view.stateAfter(view.requireHeader(p));
  }

  private Object storageAt(RpcRequest r) throws RpcException {
    r.params().expectAtMost(3);
    Address address = r.params().required(0, ParamType.ADDRESS);
    UInt256 slot = r.params().required(1, SLOT);
    BlockParameter p = r.params().required(2, ParamType.BLOCK);
    UInt256 value = view.stateAfter(view.requireHeader(p)).storage(address, slot);
    return Hash.wrap(toWord(value.value()));
  }

  static byte[] toWord(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] word = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, word, 32 - n, n);
    return word;
  }

  private Object transactionCount(RpcRequest r) throws RpcException {
    r.params().expectAtMost(2);
    Address address = r.params().required(0, ParamType.ADDRESS);
    BlockParameter p = r.params().required(1, ParamType.BLOCK);
    if (p == BlockTag.PENDING) {
      return Quantity.of(ctx.pool().nextNonce(address));
    }
    return Quantity.of(view.stateAfter(view.requireHeader(p)).nonce(address));
  }

  private Optional<Block> blockOf(Optional<BlockHeader> header) {
    return header.flatMap(h -> ctx.blockchain().block(h.hash()));
  }

  private Object blockJson(Optional<BlockHeader> header, boolean full) {
    Optional<Block> block = blockOf(header);
    if (block.isEmpty()) {
      return null;
    }
    return BlockJson.block(block.get(), ctx.blockchain().totalDifficulty(block.get().hash()), full);
  }

  private static Object txCount(Optional<Block> block) {
    return block.map(b -> Quantity.of(b.body().transactions().size())).orElse(null);
  }

  private static Object transactionAt(Optional<Block> block, long index) {
    if (block.isEmpty() || index < 0 || index >= block.get().body().transactions().size()) {
      return null;
    }
    return TransactionJson.included(block.get().body().transactions().get((int) index), block.get().header(),
        (int) index);
  }

  private static Object uncleAt(Optional<Block> block, long index) {
    if (block.isEmpty() || index < 0 || index >= block.get().body().ommers().size()) {
      return null;
    }
    // Geth shows an uncle as a block of its own with an empty body.
    BlockHeader uncle = block.get().body().ommers().get((int) index);
    return BlockJson.block(new Block(uncle, new io.converge.types.block.BlockBody(List.of(), List.of(),
        uncle.withdrawalsRoot().isPresent() ? Optional.of(List.of()) : Optional.empty())), Optional.empty(), false);
  }

  private Optional<Transaction> located(Hash hash) {
    return ctx.blockchain().transactionLocation(hash)
        .flatMap(loc -> ctx.blockchain().body(loc.blockHash()).map(b -> b.transactions().get(loc.index())));
  }

  private Object transactionByHash(RpcRequest r) throws RpcException {
    r.params().expectAtMost(1);
    Hash hash = r.params().required(0, ParamType.HASH);
    Blockchain chain = ctx.blockchain();
    Optional<TransactionLocation> loc = chain.transactionLocation(hash);
    if (loc.isPresent()) {
      Optional<Block> block = chain.block(loc.get().blockHash());
      if (block.isPresent()) {
        return TransactionJson.included(block.get().body().transactions().get(loc.get().index()),
            block.get().header(), loc.get().index());
      }
    }
    return ctx.pool().get(hash).map(TransactionJson::pending).orElse(null);
  }

  private Object receipt(RpcRequest r) throws RpcException {
    r.params().expectAtMost(1);
    Hash hash = r.params().required(0, ParamType.HASH);
    Optional<TransactionLocation> loc = ctx.blockchain().transactionLocation(hash);
    if (loc.isEmpty()) {
      return null;
    }
    Optional<BlockHeader> header = ctx.blockchain().header(loc.get().blockHash());
    if (header.isEmpty()) {
      return null;
    }
    // Build only the requested receipt: the fields that depend on earlier receipts (gas used, first log index) are sums
    // over them, so a client polling receipts one by one does not pay for the whole block each time.
    Hash blockHash = loc.get().blockHash();
    Optional<BlockBody> body = ctx.blockchain().body(blockHash);
    Optional<List<Receipt>> receipts = ctx.blockchain().receipts(blockHash);
    int index = loc.get().index();
    if (body.isEmpty() || receipts.isEmpty()
        || index >= body.get().transactions().size() || index >= receipts.get().size()) {
      return null;
    }
    long previousGas = index == 0 ? 0 : receipts.get().get(index - 1).cumulativeGasUsed();
    int firstLogIndex = 0;
    for (int i = 0; i < index; i++) {
      firstLogIndex += receipts.get().get(i).logs().size();
    }
    return ReceiptJson.receipt(header.get(), body.get().transactions().get(index), index, receipts.get().get(index),
        previousGas, firstLogIndex, view.blobBaseFee(header.get()));
  }

  /** Every receipt of a block, with block-wide log indices; null if the block's body or receipts are missing. */
  List<Map<String, Object>> blockReceipts(BlockHeader header) {
    Optional<Block> block = ctx.blockchain().block(header.hash());
    Optional<List<Receipt>> receipts = ctx.blockchain().receipts(header.hash());
    if (block.isEmpty() || receipts.isEmpty()) {
      return null;
    }
    Wei blobBaseFee = view.blobBaseFee(header);
    List<Transaction> txs = block.get().body().transactions();
    List<Map<String, Object>> out = new ArrayList<>(txs.size());
    long previousGas = 0;
    int logIndex = 0;
    for (int i = 0; i < txs.size() && i < receipts.get().size(); i++) {
      Receipt receipt = receipts.get().get(i);
      out.add(ReceiptJson.receipt(header, txs.get(i), i, receipt, previousGas, logIndex, blobBaseFee));
      previousGas = receipt.cumulativeGasUsed();
      logIndex += receipt.logs().size();
    }
    return out;
  }
}
