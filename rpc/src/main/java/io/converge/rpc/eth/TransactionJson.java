package io.converge.rpc.eth;

import io.converge.rpc.param.Quantity;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.Authorization;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.SetCodeTransaction;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A transaction as Geth's {@code RPCTransaction} shows it: fields by type, block position null while pending. */
public final class TransactionJson {
  private TransactionJson() {}

  /** A pending transaction: no block, and {@code gasPrice} is the fee cap for dynamic-fee types. */
  public static Map<String, Object> pending(Transaction tx) {
    return of(tx, Optional.empty(), 0);
  }

  public static Map<String, Object> included(Transaction tx, BlockHeader block, int index) {
    return of(tx, Optional.of(block), index);
  }

  private static Map<String, Object> of(Transaction tx, Optional<BlockHeader> block, int index) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("blockHash", block.map(BlockHeader::hash).orElse(null));
    out.put("blockNumber", block.map(b -> Quantity.of(b.number())).orElse(null));
    out.put("from", tx.sender().orElse(null));
    out.put("gas", Quantity.of(tx.gasLimit()));
    TransactionType type = tx.type();
    boolean dynamic = type != TransactionType.LEGACY && type != TransactionType.ACCESS_LIST;
    Wei gasPrice = tx.maxFeePerGas();
    if (dynamic && block.isPresent()) {
      gasPrice = tx.effectiveGasPrice(block.get().baseFeePerGas().orElse(Wei.ZERO));
    }
    out.put("gasPrice", gasPrice);
    if (dynamic) {
      out.put("maxFeePerGas", tx.maxFeePerGas());
      out.put("maxPriorityFeePerGas", tx.maxPriorityFeePerGas());
    }
    if (tx instanceof BlobTransaction blob) {
      out.put("maxFeePerBlobGas", blob.maxFeePerBlobGas());
    }
    out.put("hash", tx.hash());
    out.put("input", tx.data());
    out.put("nonce", Quantity.of(tx.nonce()));
    out.put("to", tx.to().orElse(null));
    out.put("transactionIndex", block.isPresent() ? Quantity.of(index) : null);
    out.put("value", tx.value());
    out.put("type", Quantity.of(type.typeByte()));
    if (type != TransactionType.LEGACY) {
      out.put("accessList", accessList(tx.accessList()));
    }
    if (tx instanceof BlobTransaction blob) {
      out.put("blobVersionedHashes", blob.blobVersionedHashes());
    }
    if (tx instanceof SetCodeTransaction setCode) {
      out.put("authorizationList", setCode.authorizationList().stream().map(TransactionJson::authorization).toList());
    }
    // Geth names the chain id on typed transactions and on EIP-155 legacy ones, never on pre-EIP-155 ones.
    tx.chainId().ifPresent(id -> out.put("chainId", Quantity.of(id.value())));
    BigInteger parity = BigInteger.valueOf(tx.signature().recoveryId());
    out.put("v", new Quantity(tx instanceof LegacyTransaction legacy ? legacy.v() : parity));
    out.put("r", new Quantity(tx.signature().r()));
    out.put("s", new Quantity(tx.signature().s()));
    if (type != TransactionType.LEGACY) {
      out.put("yParity", new Quantity(parity));
    }
    return out;
  }

  public static List<Map<String, Object>> accessList(AccessList list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (AccessList.Entry e : list.entries()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("address", e.address());
      entry.put("storageKeys", List.<Hash>copyOf(e.storageKeys()));
      out.add(entry);
    }
    return out;
  }

  private static Map<String, Object> authorization(Authorization a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("chainId", a.chainId());
    out.put("address", a.address());
    out.put("nonce", Quantity.of(a.nonce()));
    out.put("yParity", Quantity.of(a.yParity()));
    out.put("r", new Quantity(a.r()));
    out.put("s", new Quantity(a.s()));
    return out;
  }
}
