package io.converge.rpc.debug;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.chain.TransactionLocation;
import io.converge.evm.BlockContext;
import io.converge.evm.ContractAddress;
import io.converge.evm.ExecutionResult;
import io.converge.evm.tracing.Tracer;
import io.converge.protocol.transaction.EvmMessageExecutor;
import io.converge.protocol.transaction.TransactionOutcome;
import io.converge.protocol.transaction.TransactionProcessor;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.eth.CallArgs;
import io.converge.rpc.eth.CallExecutor;
import io.converge.rpc.eth.ChainView;
import io.converge.rpc.eth.StateOverrides;
import io.converge.rpc.method.Namespace;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.param.BlockTag;
import io.converge.rpc.param.InvalidParamException;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.Quantity;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.Transaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * debug_traceTransaction, debug_traceCall and debug_traceBlockBy{Number,Hash} with Geth's struct logger (the default) or {@code callTracer}. A mined
 * transaction is traced by replaying its block up to it on the parent's state.
 */
public final class DebugNamespace {
  private final ChainView view;
  private final CallExecutor calls;

  private DebugNamespace(ChainView view, CallExecutor calls) {
    this.view = view;
    this.calls = calls;
  }

  public static Namespace create(ChainView view, CallExecutor calls) {
    DebugNamespace d = new DebugNamespace(view, calls);
    return Namespace.of("debug",
        RpcMethod.of("debug_traceTransaction", d::traceTransaction),
        RpcMethod.of("debug_traceCall", d::traceCall),
        RpcMethod.of("debug_traceBlockByNumber", r -> d.traceBlock(r, false)),
        RpcMethod.of("debug_traceBlockByHash", r -> d.traceBlock(r, true)));
  }

  /** The tracer options both methods take. */
  record TraceConfig(Optional<String> tracer, boolean disableStack, boolean disableStorage, boolean onlyTopCall) {
    static final TraceConfig DEFAULT = new TraceConfig(Optional.empty(), false, false, false);

    static final ParamType<TraceConfig> TYPE = v -> {
      if (!v.isObject()) {
        throw new InvalidParamException("json: cannot unmarshal non-object into Go value of type tracers.TraceConfig");
      }
      JsonNode tracer = v.get("tracer");
      JsonNode tracerConfig = v.get("tracerConfig");
      boolean onlyTop = tracerConfig != null && tracerConfig.path("onlyTopCall").asBoolean(false);
      return new TraceConfig(tracer == null || tracer.isNull() ? Optional.empty() : Optional.of(tracer.asText()),
          v.path("disableStack").asBoolean(false), v.path("disableStorage").asBoolean(false), onlyTop);
    };

    boolean callTracer() throws RpcException {
      if (tracer.isEmpty()) {
        return false;
      }
      if (tracer.get().equals("callTracer")) {
        return true;
      }
      throw RpcException.serverError("tracer not found: " + tracer.get());
    }
  }

  private Object traceTransaction(RpcRequest r) throws RpcException {
    r.params().expectAtMost(2);
    Hash hash = r.params().required(0, ParamType.HASH);
    TraceConfig config = r.params().optional(1, TraceConfig.TYPE).orElse(TraceConfig.DEFAULT);
    TransactionLocation loc = view.chain().transactionLocation(hash)
        .orElseThrow(() -> RpcException.serverError("transaction not found"));
    Block block = view.chain().block(loc.blockHash())
        .orElseThrow(() -> RpcException.serverError("block " + loc.blockHash() + " not found"));
    BlockHeader header = block.header();
    BlockHeader parent = view.chain().header(header.parentHash())
        .orElseThrow(() -> RpcException.serverError("parent of block " + header.number() + " not found"));
    return replay(block, parent, config, loc.index()).get(0);
  }

  private Object traceBlock(RpcRequest r, boolean byHash) throws RpcException {
    r.params().expectAtMost(2);
    Optional<Block> block = byHash ? view.chain().block(r.params().required(0, ParamType.HASH))
        : view.header(r.params().required(0, ParamType.BLOCK_NUMBER)).flatMap(h -> view.chain().block(h.hash()));
    TraceConfig config = r.params().optional(1, TraceConfig.TYPE).orElse(TraceConfig.DEFAULT);
    if (block.isEmpty()) {
      throw RpcException.serverError("block not found");
    }
    if (block.get().number() == 0) {
      throw RpcException.serverError("genesis is not traceable");
    }
    BlockHeader parent = view.chain().header(block.get().header().parentHash())
        .orElseThrow(() -> RpcException.serverError("parent " + block.get().header().parentHash() + " not found"));
    List<Object> traces = replay(block.get(), parent, config, -1);
    List<Object> out = new java.util.ArrayList<>();
    List<Transaction> txs = block.get().body().transactions();
    for (int i = 0; i < txs.size(); i++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("txHash", txs.get(i).hash());
      entry.put("result", traces.get(i));
      out.add(entry);
    }
    return out;
  }

  /**
   * Re-executes {@code block} on its parent's state and traces every transaction, or only the one at {@code only}
   * (those before it run untraced). The block's beacon-root system call is not replayed.
   */
  private List<Object> replay(Block block, BlockHeader parent, TraceConfig config, int only) throws RpcException {
    BlockHeader header = block.header();
    TrieWorldState world = view.stateAfter(parent);
    Fork fork = view.forkOf(header);
    TransactionProcessor processor =
        new TransactionProcessor(fork, view.chainId(), EvmMessageExecutor.forFork(fork));
    BlockContext context = view.blockContext(header);
    List<Transaction> txs = block.body().transactions();
    List<Object> out = new java.util.ArrayList<>();
    int last = only < 0 ? txs.size() - 1 : only;
    for (int i = 0; i <= last; i++) {
      Transaction tx = txs.get(i);
      if (only >= 0 && i < only) {
        processor.process(world, tx, context, header.gasLimit(), Long.MAX_VALUE, null);
        continue;
      }
      Address from = tx.sender().orElse(Address.ZERO);
      Address to = tx.to().orElse(ContractAddress.forCreate(from, tx.nonce()));
      Map<String, Object> top = topFrame(from, to, tx.isContractCreation(), tx.gasLimit(), tx.data(), tx.value());
      Tracer tracer = tracerFor(config, top, to);
      TransactionOutcome outcome = processor.process(world, tx, context, header.gasLimit(), Long.MAX_VALUE, tracer);
      if (!(outcome instanceof TransactionOutcome.Executed executed)) {
        throw RpcException.serverError("tracing failed: " + ((TransactionOutcome.Invalid) outcome).reason());
      }
      String error = switch (executed.status()) {
        case SUCCESS -> null;
        case REVERTED -> "execution reverted";
        case HALTED -> tracer instanceof CallFrameTracer frames ? frames.topHalt().orElse("execution halted")
            : "execution halted";
      };
      out.add(result(tracer, top, executed.gasUsed(), executed.output(), error));
    }
    return out;
  }

  private Object traceCall(RpcRequest r) throws RpcException {
    r.params().expectAtMost(3);
    CallArgs args = r.params().required(0, CallArgs.TYPE);
    BlockHeader header = view.requireHeader(r.params().optional(1, ParamType.BLOCK).orElse(BlockTag.LATEST));
    TraceConfig config = r.params().optional(2, TraceConfig.TYPE).orElse(TraceConfig.DEFAULT);
    Address from = args.sender();
    long gas = Math.min(args.gas().orElse(CallExecutor.GAS_CAP), CallExecutor.GAS_CAP);
    Address to = args.to().orElse(ContractAddress.forCreate(from,
        view.stateAfter(header).nonce(from)));
    Map<String, Object> top = topFrame(from, to, args.to().isEmpty(), gas, args.data(),
        args.value().orElse(Wei.ZERO));
    Tracer tracer = tracerFor(config, top, to);
    CallExecutor.Outcome outcome = calls.call(header, args.withGas(gas), StateOverrides.NONE, tracer);
    String error = null;
    if (outcome.result() instanceof ExecutionResult.Revert) {
      error = "execution reverted";
    } else if (outcome.result() instanceof ExecutionResult.ExceptionalHalt h) {
      error = CallExecutor.haltMessage(h.reason());
    }
    return result(tracer, top, outcome.gasUsed(), outcome.result().output(), error);
  }

  private static Tracer tracerFor(TraceConfig config, Map<String, Object> top, Address self) throws RpcException {
    return config.callTracer() ? callTracer(top, self, config)
        : new StructLogger(config.disableStack(), config.disableStorage());
  }

  private static Tracer callTracer(Map<String, Object> top, Address self, TraceConfig config) {
    if (config.onlyTopCall()) {
      return t -> { };
    }
    return new CallFrameTracer(top, self);
  }

  private static Map<String, Object> topFrame(Address from, Address to, boolean create, long gas, Bytes input,
      Wei value) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("from", from);
    top.put("gas", Quantity.of(gas));
    top.put("gasUsed", Quantity.of(0));
    top.put("to", to);
    top.put("input", input);
    top.put("value", value);
    top.put("type", create ? "CREATE" : "CALL");
    return top;
  }

  private static Object result(Tracer tracer, Map<String, Object> top, long gasUsed, Bytes output, String error) {
    if (tracer instanceof StructLogger logger) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("gas", gasUsed);
      out.put("failed", error != null);
      out.put("returnValue", output);
      out.put("structLogs", logger.logs());
      return out;
    }
    top.put("gasUsed", Quantity.of(gasUsed));
    if (!output.isEmpty()) {
      top.put("output", output);
    }
    if (error != null) {
      top.put("error", error);
      if (error.equals("execution reverted")) {
        String reason = RpcException.executionReverted(output).getMessage();
        if (reason.startsWith("execution reverted: ")) {
          top.put("revertReason", reason.substring("execution reverted: ".length()));
        }
      }
    }
    return top;
  }
}
