package io.converge.rpc.eth;

import io.converge.rpc.debug.DebugNamespace;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.filter.LogFilters;
import io.converge.rpc.method.Namespace;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.net.NetListeningMethod;
import io.converge.rpc.param.BlockTag;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.Quantity;
import io.converge.rpc.txpoolapi.TxPoolNamespace;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.AccessList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the eth, net, txpool and debug namespaces over one {@link EthApiContext}. */
public final class EthApi {
  private EthApi() {}

  public static List<Namespace> namespaces(EthApiContext ctx) {
    ChainView view = new ChainView(ctx);
    CallExecutor calls = new CallExecutor(view, ctx.chainId());
    Fees fees = new Fees(ctx, view);
    List<RpcMethod> eth = new ArrayList<>();
    eth.addAll(new ChainReads(ctx, view).methods());
    eth.add(new GetProofMethod(view));
    eth.addAll(fees.methods());
    eth.addAll(new Submissions(ctx, view, calls, fees).methods());
    eth.add(RpcMethod.of("eth_call", r -> {
      r.params().expectAtMost(4);
      CallArgs args = r.params().required(0, CallArgs.TYPE);
      BlockHeader header = view.requireHeader(r.params().optional(1, ParamType.BLOCK).orElse(BlockTag.LATEST));
      StateOverrides overrides = r.params().optional(2, StateOverrides.TYPE).orElse(StateOverrides.NONE);
      BlockOverrides blockOverrides = r.params().optional(3, BlockOverrides.TYPE).orElse(BlockOverrides.NONE);
      return calls.callOutput(header, args, overrides, blockOverrides);
    }));
    eth.add(RpcMethod.of("eth_estimateGas", r -> {
      r.params().expectAtMost(3);
      CallArgs args = r.params().required(0, CallArgs.TYPE);
      BlockHeader header = view.requireHeader(r.params().optional(1, ParamType.BLOCK).orElse(BlockTag.LATEST));
      StateOverrides overrides = r.params().optional(2, StateOverrides.TYPE).orElse(StateOverrides.NONE);
      return Quantity.of(calls.estimate(header, args, overrides));
    }));
    eth.add(RpcMethod.of("eth_createAccessList", r -> createAccessList(view, calls, r)));
    eth.addAll(new LogFilters(ctx, view).methods());
    List<Namespace> out = new ArrayList<>();
    out.add(new Namespace("eth", eth));
    out.add(Namespace.of("net",
        RpcMethod.of("net_version", r -> {
          r.params().expectAtMost(0);
          return Long.toString(ctx.chainId().value());
        }),
        RpcMethod.of("net_peerCount", r -> {
          r.params().expectAtMost(0);
          return Quantity.of(0);
        }),
        new NetListeningMethod()));
    out.add(TxPoolNamespace.create(ctx));
    out.add(DebugNamespace.create(view, calls));
    return out;
  }

  private static Object createAccessList(ChainView view, CallExecutor calls, RpcRequest r) throws RpcException {
    r.params().expectAtMost(2);
    CallArgs args = r.params().required(0, CallArgs.TYPE);
    BlockHeader header = view.requireHeader(r.params().optional(1, ParamType.BLOCK).orElse(BlockTag.LATEST));
    AccessListTracer.Result result = AccessListTracer.create(view, calls, header, args);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("accessList", TransactionJson.accessList(result.accessList()));
    if (result.error() != null) {
      out.put("error", result.error());
    }
    out.put("gasUsed", Quantity.of(result.gasUsed()));
    return out;
  }

}
