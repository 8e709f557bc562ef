package io.converge.rpc.eth;

import io.converge.protocol.block.HeaderValidator;
import io.converge.protocol.fork.BlobGasRules;
import io.converge.protocol.fork.ForkRules;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.param.BlockParameter;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.Quantity;
import io.converge.types.Fork;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.block.BlockHeader;
import io.converge.types.receipt.Receipt;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** eth_gasPrice, eth_maxPriorityFeePerGas, eth_feeHistory and eth_blobBaseFee, after Geth's gas price oracle. */
final class Fees {
  /** Geth's oracle: the 60th percentile of the cheapest tips of the last 20 blocks, 1 gwei if there are none. */
  private static final int ORACLE_BLOCKS = 20;
  private static final int ORACLE_PERCENTILE = 60;
  private static final Wei DEFAULT_TIP = Wei.of(1_000_000_000L);
  private static final int MAX_HISTORY = 1024;

  private final EthApiContext ctx;
  private final ChainView view;

  Fees(EthApiContext ctx, ChainView view) {
    this.ctx = ctx;
    this.view = view;
  }

  List<RpcMethod> methods() {
    return List.of(
        RpcMethod.of("eth_gasPrice", r -> {
          r.params().expectAtMost(0);
          BlockHeader head = ctx.blockchain().head();
          return suggestedTip().add(head.baseFeePerGas().orElse(Wei.ZERO));
        }),
        RpcMethod.of("eth_maxPriorityFeePerGas", r -> {
          r.params().expectAtMost(0);
          return suggestedTip();
        }),
        RpcMethod.of("eth_blobBaseFee", r -> {
          r.params().expectAtMost(0);
          return nextBlobBaseFee(ctx.blockchain().head());
        }),
        RpcMethod.of("eth_feeHistory", this::feeHistory));
  }

  /** The lowest tip of each recent block, the oracle's percentile of those. */
  Wei suggestedTip() {
    BlockHeader head = ctx.blockchain().head();
    List<BigInteger> tips = new ArrayList<>();
    for (long n = head.number(); n >= 0 && n > head.number() - ORACLE_BLOCKS; n--) {
      Optional<Block> block = ctx.blockchain().block(n);
      if (block.isEmpty()) {
        break;
      }
      Wei baseFee = block.get().header().baseFeePerGas().orElse(Wei.ZERO);
      block.get().body().transactions().stream()
          .filter(tx -> !tx.sender().equals(Optional.of(block.get().header().coinbase())))
          .map(tx -> tx.effectiveGasPrice(baseFee).value().subtract(baseFee.value()))
          .filter(tip -> tip.compareTo(BigInteger.TWO) >= 0)
          .min(Comparator.naturalOrder())
          .ifPresent(tips::add);
    }
    if (tips.isEmpty()) {
      return DEFAULT_TIP;
    }
    tips.sort(Comparator.naturalOrder());
    return new Wei(tips.get((tips.size() - 1) * ORACLE_PERCENTILE / 100));
  }

  private Wei nextBlobBaseFee(BlockHeader parent) {
    Optional<BlobGasRules> rules = ForkRules.of(view.forkOf(parent)).blobGas();
    if (rules.isEmpty()) {
      return Wei.ZERO;
    }
    long excess = rules.get().excessBlobGas(parent.excessBlobGas().orElse(0), parent.blobGasUsed().orElse(0));
    return new Wei(rules.get().baseFee(excess));
  }

  private Object feeHistory(RpcRequest r) throws RpcException {
    r.params().expectAtMost(3);
    long count = r.params().required(0, ParamType.LONG_QUANTITY);
    BlockParameter newestParam = r.params().required(1, ParamType.BLOCK_NUMBER);
    // Geth's rewardPercentiles is a non-pointer argument, hence required (an empty list asks for no rewards).
    List<Double> percentiles = r.params().required(2, PERCENTILES);
    for (int i = 0; i < percentiles.size(); i++) {
      double p = percentiles.get(i);
      if (p < 0 || p > 100) {
        throw RpcException.invalidParams("invalid reward percentile: #" + i + ":" + p);
      }
      if (i > 0 && p <= percentiles.get(i - 1)) {
        throw RpcException.invalidParams("invalid reward percentile: #" + (i - 1) + ":" + percentiles.get(i - 1)
            + " >= #" + i + ":" + p);
      }
    }
    BlockHeader newest = view.requireHeader(newestParam);
    count = Math.min(count, MAX_HISTORY);
    count = Math.min(count, newest.number() + 1);
    Map<String, Object> out = new LinkedHashMap<>();
    if (count == 0) {
      // Geth leaves out the empty lists, except gasUsedRatio which it writes as null.
      out.put("oldestBlock", Quantity.of(0));
      out.put("gasUsedRatio", null);
      return out;
    }
    long oldest = newest.number() - count + 1;
    List<Wei> baseFees = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Wei> blobFees = new ArrayList<>();
    List<Double> blobRatios = new ArrayList<>();
    List<List<Wei>> rewards = new ArrayList<>();
    BlockHeader last = newest;
    for (long n = oldest; n <= newest.number(); n++) {
      Block block = ctx.blockchain().block(n).orElseThrow(() -> RpcException.serverError("header not found"));
      BlockHeader h = block.header();
      last = h;
      baseFees.add(h.baseFeePerGas().orElse(Wei.ZERO));
      ratios.add(h.gasLimit() == 0 ? 0.0 : (double) h.gasUsed() / h.gasLimit());
      blobFees.add(view.blobBaseFee(h));
      Optional<BlobGasRules> blobRules = ForkRules.of(view.forkOf(h)).blobGas();
      blobRatios.add(blobRules.map(b -> (double) h.blobGasUsed().orElse(0) / b.maxPerBlock()).orElse(0.0));
      if (!percentiles.isEmpty()) {
        rewards.add(rewards(block, percentiles));
      }
    }
    Fork nextFork = view.forkOf(last);
    baseFees.add(ForkRules.of(nextFork).feeMarket() && last.baseFeePerGas().isPresent()
        ? HeaderValidator.baseFee(last) : Wei.ZERO);
    blobFees.add(nextBlobBaseFee(last));
    out.put("oldestBlock", Quantity.of(oldest));
    if (!percentiles.isEmpty()) {
      out.put("reward", rewards);
    }
    out.put("baseFeePerGas", baseFees);
    out.put("gasUsedRatio", ratios);
    out.put("baseFeePerBlobGas", blobFees);
    out.put("blobGasUsedRatio", blobRatios);
    return out;
  }

  /** The tips at the given percentiles of the block's gas, transactions sorted by tip (Geth's processBlock). */
  private List<Wei> rewards(Block block, List<Double> percentiles) {
    List<Transaction> txs = block.body().transactions();
    List<Wei> out = new ArrayList<>();
    if (txs.isEmpty()) {
      percentiles.forEach(p -> out.add(Wei.ZERO));
      return out;
    }
    List<Receipt> receipts = ctx.blockchain().receipts(block.hash()).orElse(List.of());
    Wei baseFee = block.header().baseFeePerGas().orElse(Wei.ZERO);
    record Sorter(BigInteger tip, long gas) {}
    List<Sorter> sorted = new ArrayList<>();
    long previous = 0;
    for (int i = 0; i < txs.size(); i++) {
      long cumulative = i < receipts.size() ? receipts.get(i).cumulativeGasUsed() : previous;
      sorted.add(new Sorter(txs.get(i).effectiveGasPrice(baseFee).value().subtract(baseFee.value()),
          cumulative - previous));
      previous = cumulative;
    }
    sorted.sort(Comparator.comparing(Sorter::tip));
    int index = 0;
    long sumGas = sorted.get(0).gas();
    for (double p : percentiles) {
      double threshold = block.header().gasUsed() * p / 100;
      while (sumGas < threshold && index < sorted.size() - 1) {
        index++;
        sumGas += sorted.get(index).gas();
      }
      out.add(new Wei(sorted.get(index).tip().max(BigInteger.ZERO)));
    }
    return out;
  }

  private static final ParamType<List<Double>> PERCENTILES = v -> {
    if (!v.isArray()) {
      throw new io.converge.rpc.param.InvalidParamException(
          "json: cannot unmarshal non-array into Go value of type []float64");
    }
    List<Double> out = new ArrayList<>();
    for (var e : v) {
      if (!e.isNumber()) {
        throw new io.converge.rpc.param.InvalidParamException(
            "json: cannot unmarshal " + e.getNodeType().name().toLowerCase() + " into Go value of type float64");
      }
      out.add(e.doubleValue());
    }
    return out;
  };
}
