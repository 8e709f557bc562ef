package io.converge.rpc.debug;

import io.converge.evm.tracing.OperationTrace;
import io.converge.evm.tracing.Tracer;
import io.converge.rpc.param.Quantity;
import io.converge.types.Address;
import io.converge.types.UInt256;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Geth's {@code callTracer}. The top frame is filled by the caller from the transaction and its outcome; inner frames
 * are rebuilt from the CALL/CREATE operations the EVM reports (type, from, to, gas, value) and closed with their
 * outcome when their depth ends. The EVM's tracing port does not expose call input or output, so inner frames leave
 * {@code input} and {@code output} out rather than show wrong bytes.
 */
final class CallFrameTracer implements Tracer {
  private final Map<String, Object> top;
  private final Deque<Map<String, Object>> open = new ArrayDeque<>();
  private final Deque<Address> addresses = new ArrayDeque<>();
  private final Map<Integer, String> haltByDepth = new java.util.HashMap<>();
  private Map<String, Object> pendingFrame;
  private Address pendingAddress;

  CallFrameTracer(Map<String, Object> top, Address self) {
    this.top = top;
    open.push(top);
    addresses.push(self == null ? Address.ZERO : self);
  }

  @Override
  public void onOperation(OperationTrace t) {
    if (pendingFrame != null && t.depth() > open.size()) {
      open.push(pendingFrame);
      addresses.push(pendingAddress);
    }
    pendingFrame = null;
    t.error().ifPresent(e -> haltByDepth.put(t.depth(), io.converge.rpc.eth.CallExecutor.haltMessage(e)));
    List<UInt256> stack = t.stack();
    int n = stack.size();
    int op = t.opcode();
    String type = switch (op) {
      case 0xf1 -> "CALL";
      case 0xf2 -> "CALLCODE";
      case 0xf4 -> "DELEGATECALL";
      case 0xfa -> "STATICCALL";
      case 0xf0 -> "CREATE";
      case 0xf5 -> "CREATE2";
      default -> null;
    };
    if (type == null || n < 2) {
      return;
    }
    Address current = addresses.peek();
    Map<String, Object> frame = new LinkedHashMap<>();
    frame.put("from", current);
    boolean create = op == 0xf0 || op == 0xf5;
    if (create) {
      frame.put("gas", Quantity.of(t.gas() - t.gas() / 64));
      frame.put("value", new Quantity(stack.get(n - 1).value()));
      pendingAddress = Address.ZERO;
    } else {
      Address to = Address.fromLow20(word(stack.get(n - 2)));
      frame.put("gas", new Quantity(stack.get(n - 1).value().min(java.math.BigInteger.valueOf(t.gas()))));
      frame.put("to", to);
      if ((op == 0xf1 || op == 0xf2) && n >= 3) {
        frame.put("value", new Quantity(stack.get(n - 3).value()));
      }
      pendingAddress = op == 0xf1 || op == 0xfa ? to : current;
    }
    frame.put("type", type);
    children(open.peek()).add(frame);
    pendingFrame = frame;
  }

  @Override
  public void onFrameEnd(int depth, FrameOutcome outcome) {
    if (depth <= 1 || open.size() < depth) {
      return;
    }
    Map<String, Object> frame = open.pop();
    addresses.pop();
    if (outcome == FrameOutcome.REVERT) {
      frame.put("error", "execution reverted");
    } else if (outcome == FrameOutcome.EXCEPTIONAL_HALT) {
      frame.put("error", haltByDepth.getOrDefault(depth, "execution halted"));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> children(Map<String, Object> frame) {
    return (List<Object>) frame.computeIfAbsent("calls", k -> new ArrayList<>());
  }

  private static byte[] word(UInt256 v) {
    byte[] raw = v.value().toByteArray();
    byte[] w = new byte[32];
    int len = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - len, w, 32 - len, len);
    return w;
  }

  /** Geth's words for why the top frame halted, if one of its operations said so. */
  java.util.Optional<String> topHalt() {
    return java.util.Optional.ofNullable(haltByDepth.get(1));
  }
}
