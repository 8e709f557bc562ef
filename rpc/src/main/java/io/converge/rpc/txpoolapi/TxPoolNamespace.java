package io.converge.rpc.txpoolapi;

import io.converge.crypto.hd.AddressChecksum;
import io.converge.rpc.eth.EthApiContext;
import io.converge.rpc.eth.TransactionJson;
import io.converge.rpc.method.Namespace;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.Quantity;
import io.converge.txpool.PoolContent;
import io.converge.txpool.PoolStatus;
import io.converge.types.Address;
import io.converge.types.transaction.Transaction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.function.Function;

/** The {@code txpool} namespace as Geth serves it: accounts by checksummed address, nonces as decimal strings. */
public final class TxPoolNamespace {
  private TxPoolNamespace() {}

  public static Namespace create(EthApiContext ctx) {
    return Namespace.of("txpool",
        RpcMethod.of("txpool_status", r -> {
          r.params().expectAtMost(0);
          PoolStatus s = ctx.pool().status();
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("pending", Quantity.of(s.pending()));
          out.put("queued", Quantity.of(s.queued()));
          return out;
        }),
        RpcMethod.of("txpool_content", r -> {
          r.params().expectAtMost(0);
          PoolContent c = ctx.pool().content();
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("pending", byAccount(c.pending(), TransactionJson::pending));
          out.put("queued", byAccount(c.queued(), TransactionJson::pending));
          return out;
        }),
        RpcMethod.of("txpool_contentFrom", r -> {
          r.params().expectAtMost(1);
          Address address = r.params().required(0, ParamType.ADDRESS);
          PoolContent c = ctx.pool().content();
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("pending", byNonce(c.pending().get(address), TransactionJson::pending));
          out.put("queued", byNonce(c.queued().get(address), TransactionJson::pending));
          return out;
        }),
        RpcMethod.of("txpool_inspect", r -> {
          r.params().expectAtMost(0);
          PoolContent c = ctx.pool().content();
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("pending", byAccount(c.pending(), TxPoolNamespace::summary));
          out.put("queued", byAccount(c.queued(), TxPoolNamespace::summary));
          return out;
        }));
  }

  private static Map<String, Object> byAccount(SortedMap<Address, NavigableMap<Long, Transaction>> accounts,
      Function<Transaction, Object> shape) {
    Map<String, Object> out = new LinkedHashMap<>();
    accounts.forEach((address, txs) ->
        out.put(AddressChecksum.toChecksumHex(address.toArray()), byNonce(txs, shape)));
    return out;
  }

  private static Map<String, Object> byNonce(NavigableMap<Long, Transaction> txs,
      Function<Transaction, Object> shape) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (txs != null) {
      txs.forEach((nonce, tx) -> out.put(Long.toUnsignedString(nonce), shape.apply(tx)));
    }
    return out;
  }

  /** Geth's inspect line: "to: value wei + gas gas × price wei", "contract creation" for creations. */
  private static Object summary(Transaction tx) {
    String to = tx.to().map(a -> AddressChecksum.toChecksumHex(a.toArray())).orElse("contract creation");
    return to + ": " + tx.value().value() + " wei + " + tx.gasLimit() + " gas × " + tx.maxFeePerGas().value()
        + " wei";
  }
}
