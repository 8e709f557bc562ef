package io.converge.rpc.eth;

import io.converge.chain.BlockLog;
import io.converge.rpc.param.Quantity;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import io.converge.types.receipt.Log;
import io.converge.types.receipt.Receipt;
import io.converge.types.receipt.ReceiptOutcome;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.Transaction;
import io.converge.evm.ContractAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Receipts and logs as Geth's {@code MarshalReceipt} and {@code types.Log} show them. */
public final class ReceiptJson {
  private ReceiptJson() {}

  /**
   * The receipt of transaction {@code index} of a block. {@code firstLogIndex} is the block-wide index of its first
   * log and {@code previousCumulativeGas} the cumulative gas of the receipt before it.
   */
  public static Map<String, Object> receipt(BlockHeader block, Transaction tx, int index, Receipt receipt,
      long previousCumulativeGas, int firstLogIndex, Wei blobBaseFee) {
    Map<String, Object> out = new LinkedHashMap<>();
    // Hashing the header costs a Keccak of ~600 bytes: once per receipt, not once per log.
    Hash blockHash = block.hash();
    out.put("blockHash", blockHash);
    out.put("blockNumber", Quantity.of(block.number()));
    out.put("transactionHash", tx.hash());
    out.put("transactionIndex", Quantity.of(index));
    out.put("from", tx.sender().orElse(null));
    out.put("to", tx.to().orElse(null));
    out.put("gasUsed", Quantity.of(receipt.cumulativeGasUsed() - previousCumulativeGas));
    out.put("cumulativeGasUsed", Quantity.of(receipt.cumulativeGasUsed()));
    out.put("contractAddress", tx.isContractCreation() && tx.sender().isPresent()
        ? ContractAddress.forCreate(tx.sender().get(), tx.nonce()) : null);
    List<Object> logs = new ArrayList<>();
    int logIndex = firstLogIndex;
    for (Log log : receipt.logs()) {
      logs.add(log(new BlockLog(log, blockHash, block.number(), tx.hash(), index, logIndex++), false));
    }
    out.put("logs", logs);
    out.put("logsBloom", receipt.bloom().toHex());
    out.put("type", Quantity.of(tx.type().typeByte()));
    out.put("effectiveGasPrice", tx.effectiveGasPrice(block.baseFeePerGas().orElse(Wei.ZERO)));
    if (receipt.outcome() instanceof ReceiptOutcome.Status status) {
      out.put("status", Quantity.of(status.success() ? 1 : 0));
    } else if (receipt.outcome() instanceof ReceiptOutcome.StateRoot root) {
      out.put("root", root.root());
    }
    if (tx instanceof BlobTransaction blob) {
      out.put("blobGasUsed", Quantity.of(blob.blobGas()));
      out.put("blobGasPrice", blobBaseFee);
    }
    return out;
  }

  public static Map<String, Object> log(BlockLog l, boolean removed) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("address", l.log().address());
    out.put("topics", l.log().topics());
    out.put("data", l.log().data());
    out.put("blockNumber", Quantity.of(l.blockNumber()));
    out.put("transactionHash", l.transactionHash());
    out.put("transactionIndex", Quantity.of(l.transactionIndex()));
    out.put("blockHash", l.blockHash());
    out.put("logIndex", Quantity.of(l.logIndex()));
    out.put("removed", removed);
    return out;
  }
}
