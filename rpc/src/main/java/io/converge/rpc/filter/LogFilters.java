package io.converge.rpc.filter;

import io.converge.chain.BlockLog;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.eth.BlockJson;
import io.converge.rpc.eth.ChainEvents;
import io.converge.rpc.eth.ChainView;
import io.converge.rpc.eth.EthApiContext;
import io.converge.rpc.eth.ReceiptJson;
import io.converge.rpc.eth.TransactionJson;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.param.BlockParameter;
import io.converge.rpc.param.BlockTag;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.RpcParams;
import io.converge.rpc.subscription.Registration;
import io.converge.rpc.subscription.SubscriptionService;
import io.converge.rpc.subscription.SubscriptionSink;
import io.converge.rpc.subscription.SubscriptionType;
import io.converge.types.Hash;
import io.converge.types.block.BlockHeader;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** eth_getLogs, the polling filters and the eth_subscribe kinds, all fed by the node's {@link ChainEvents}. */
public final class LogFilters {
  private static final int MAX_SUBSCRIPTIONS_PER_CONNECTION = 1000;

  private final EthApiContext ctx;
  private final ChainView view;
  private final FilterRegistry filters;

  public LogFilters(EthApiContext ctx, ChainView view) {
    this.ctx = ctx;
    this.view = view;
    this.filters = new FilterRegistry(ctx.clock(), new SecureRandom());
    ctx.events().blocks().listen(filters::onBlock);
    ctx.events().pendingTransactions().listen(filters::onPendingTransaction);
  }

  public List<RpcMethod> methods() {
    List<RpcMethod> out = new ArrayList<>();
    out.add(RpcMethod.of("eth_getLogs", r -> {
      r.params().expectAtMost(1);
      return json(logs(r.params().required(0, LogCriteria.TYPE)));
    }));
    out.add(RpcMethod.of("eth_newFilter", r -> {
      r.params().expectAtMost(1);
      LogCriteria criteria = r.params().required(0, LogCriteria.TYPE);
      return filters.install(new FilterRegistry.Kind.Logs(criteria));
    }));
    out.add(RpcMethod.of("eth_newBlockFilter", r -> {
      r.params().expectAtMost(0);
      return filters.install(new FilterRegistry.Kind.Blocks());
    }));
    out.add(RpcMethod.of("eth_newPendingTransactionFilter", r -> {
      r.params().expectAtMost(1);
      return filters.install(new FilterRegistry.Kind.PendingTransactions());
    }));
    out.add(RpcMethod.of("eth_getFilterChanges", r -> {
      r.params().expectAtMost(1);
      List<Object> changes = filters.drain(r.params().required(0, ParamType.STRING));
      return changes.stream().map(c -> c instanceof BlockLog l ? ReceiptJson.log(l, false) : c).toList();
    }));
    out.add(RpcMethod.of("eth_getFilterLogs", r -> {
      r.params().expectAtMost(1);
      return json(logs(filters.criteria(r.params().required(0, ParamType.STRING))));
    }));
    out.add(RpcMethod.of("eth_uninstallFilter", r -> {
      r.params().expectAtMost(1);
      return filters.uninstall(r.params().required(0, ParamType.STRING));
    }));
    SubscriptionService subscriptions = new SubscriptionService("eth", List.of(
        SubscriptionType.of("newHeads", ctx.events().blocks(), b -> BlockJson.header(b.header())),
        new LogsSubscription(),
        new PendingSubscription()), new SecureRandom(), MAX_SUBSCRIPTIONS_PER_CONNECTION);
    out.addAll(subscriptions.methods());
    return out;
  }

  private static List<Map<String, Object>> json(List<BlockLog> logs) {
    return logs.stream().map(l -> ReceiptJson.log(l, false)).toList();
  }

  /** Geth's range query: blocks whose bloom may match are opened, the rest skipped. */
  List<BlockLog> logs(LogCriteria criteria) throws RpcException {
    if (criteria.blockHash().isPresent()) {
      Hash hash = criteria.blockHash().get();
      BlockHeader header = ctx.blockchain().header(hash)
          .orElseThrow(() -> RpcException.serverError("unknown block"));
      return criteria.mayMatch(header.logsBloom()) ? criteria.select(ctx.blockchain().logs(hash)) : List.of();
    }
    long head = ctx.blockchain().head().number();
    long from = number(criteria.fromBlock().orElse(BlockTag.LATEST), head);
    long to = number(criteria.toBlock().orElse(BlockTag.LATEST), head);
    if (from > to) {
      throw RpcException.serverError("invalid block range params");
    }
    to = Math.min(to, head);
    long limit = ctx.limits().maxLogBlockRange();
    if (to - from + 1 > limit) {
      throw RpcException.limitExceeded("query exceeds max block range " + limit);
    }
    List<BlockLog> out = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      var header = ctx.blockchain().header(n);
      if (header.isPresent() && criteria.mayMatch(header.get().logsBloom())) {
        out.addAll(criteria.select(ctx.blockchain().logs(header.get().hash())));
      }
    }
    return out;
  }

  private long number(BlockParameter p, long head) throws RpcException {
    if (p instanceof BlockParameter.Number n) {
      return n.number();
    }
    return view.requireHeader(p).number();
  }

  /** {@code logs}: the matching logs of each new head, one notification per log. */
  private final class LogsSubscription implements SubscriptionType {
    @Override
    public String name() {
      return "logs";
    }

    @Override
    public Registration open(RpcParams arguments, SubscriptionSink sink) throws RpcException {
      arguments.expectAtMost(1);
      LogCriteria criteria = arguments.optional(0, LogCriteria.TYPE).orElse(LogCriteria.ALL);
      return ctx.events().blocks().listen(block -> {
        for (BlockLog log : criteria.select(block.logs())) {
          sink.publish(ReceiptJson.log(log, false));
        }
      });
    }
  }

  /** {@code newPendingTransactions}: hashes, or whole transactions when the argument is true. */
  private final class PendingSubscription implements SubscriptionType {
    @Override
    public String name() {
      return "newPendingTransactions";
    }

    @Override
    public Registration open(RpcParams arguments, SubscriptionSink sink) throws RpcException {
      arguments.expectAtMost(1);
      boolean full = arguments.optional(0, ParamType.BOOLEAN).orElse(false);
      return ctx.events().pendingTransactions().listen(hash -> {
        if (!full) {
          sink.publish(hash);
        } else {
          ctx.pool().get(hash).ifPresent(tx -> sink.publish(TransactionJson.pending(tx)));
        }
      });
    }
  }
}
