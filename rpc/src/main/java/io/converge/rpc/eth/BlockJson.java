package io.converge.rpc.eth;

import io.converge.rpc.param.Quantity;
import io.converge.types.Bytes;
import io.converge.types.block.Block;
import io.converge.types.block.BlockHeader;
import io.converge.types.block.Withdrawal;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Headers and blocks as Geth's {@code RPCMarshalHeader}/{@code RPCMarshalBlock} show them. */
public final class BlockJson {
  private BlockJson() {}

  public static Map<String, Object> header(BlockHeader h) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("number", Quantity.of(h.number()));
    out.put("hash", h.hash());
    out.put("parentHash", h.parentHash());
    out.put("nonce", Bytes.wrap(ByteBuffer.allocate(8).putLong(h.nonce()).array()));
    out.put("mixHash", h.mixHash());
    out.put("sha3Uncles", h.ommersHash());
    out.put("logsBloom", h.logsBloom().toHex());
    out.put("stateRoot", h.stateRoot());
    out.put("miner", h.coinbase());
    out.put("difficulty", h.difficulty());
    out.put("extraData", h.extraData());
    out.put("gasLimit", Quantity.of(h.gasLimit()));
    out.put("gasUsed", Quantity.of(h.gasUsed()));
    out.put("timestamp", Quantity.of(h.timestamp()));
    out.put("transactionsRoot", h.transactionsRoot());
    out.put("receiptsRoot", h.receiptsRoot());
    h.baseFeePerGas().ifPresent(v -> out.put("baseFeePerGas", v));
    h.withdrawalsRoot().ifPresent(v -> out.put("withdrawalsRoot", v));
    h.blobGasUsed().ifPresent(v -> out.put("blobGasUsed", Quantity.of(v)));
    h.excessBlobGas().ifPresent(v -> out.put("excessBlobGas", Quantity.of(v)));
    h.parentBeaconBlockRoot().ifPresent(v -> out.put("parentBeaconBlockRoot", v));
    h.requestsHash().ifPresent(v -> out.put("requestsHash", v));
    return out;
  }

  /** A whole block: transactions as hashes or, with {@code fullTransactions}, as objects. */
  public static Map<String, Object> block(Block block, Optional<BigInteger> totalDifficulty, boolean fullTransactions) {
    Map<String, Object> out = header(block.header());
    totalDifficulty.ifPresent(td -> out.put("totalDifficulty", new Quantity(td)));
    out.put("size", Quantity.of(block.encoded().length));
    List<Object> txs = new ArrayList<>();
    List<Transaction> list = block.body().transactions();
    for (int i = 0; i < list.size(); i++) {
      txs.add(fullTransactions ? TransactionJson.included(list.get(i), block.header(), i) : list.get(i).hash());
    }
    out.put("transactions", txs);
    out.put("uncles", block.body().ommers().stream().map(BlockHeader::hash).toList());
    block.body().withdrawals().ifPresent(ws -> out.put("withdrawals", ws.stream().map(BlockJson::withdrawal).toList()));
    return out;
  }

  private static Map<String, Object> withdrawal(Withdrawal w) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("index", Quantity.of(w.index()));
    out.put("validatorIndex", Quantity.of(w.validatorIndex()));
    out.put("address", w.address());
    out.put("amount", Quantity.of(w.amountGwei()));
    return out;
  }
}
