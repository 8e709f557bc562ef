package io.converge.rpc.debug;

import io.converge.evm.tracing.OperationTrace;
import io.converge.evm.tracing.Tracer;
import io.converge.rpc.eth.CallExecutor;
import io.converge.types.UInt256;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Geth's default tracer (the struct logger): one entry per operation, stack and storage on unless disabled. Storage is
 * shown on SLOAD and SSTORE as the slots the frame has touched so far; an SLOAD's value is the top of the stack of the
 * operation after it, so its entry is completed one step late.
 */
final class StructLogger implements Tracer {
  private static final int SLOAD = 0x54;
  private static final int SSTORE = 0x55;

  private final boolean disableStack;
  private final boolean disableStorage;
  private final List<Map<String, Object>> logs = new ArrayList<>();
  private final Deque<Map<String, String>> storageByDepth = new ArrayDeque<>();
  private Map<String, Object> pendingLoad;
  private String pendingKey;

  StructLogger(boolean disableStack, boolean disableStorage) {
    this.disableStack = disableStack;
    this.disableStorage = disableStorage;
  }

  @Override
  public void onOperation(OperationTrace t) {
    while (storageByDepth.size() < t.depth()) {
      storageByDepth.push(new TreeMap<>());
    }
    while (storageByDepth.size() > t.depth()) {
      storageByDepth.pop();
    }
    if (pendingLoad != null) {
      // The SLOAD's frame ended or went on: the loaded value is now on top of the stack if it went on.
      if (t.depth() == (int) pendingLoad.get("depth") && !t.stack().isEmpty()) {
        storageByDepth.peek().put(pendingKey, word(t.stack().get(t.stack().size() - 1)));
        pendingLoad.put("storage", new TreeMap<>(storageByDepth.peek()));
      }
      pendingLoad = null;
    }
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("pc", t.pc());
    log.put("op", t.opName());
    log.put("gas", t.gas());
    log.put("gasCost", t.gasCost());
    log.put("depth", t.depth());
    t.error().ifPresent(e -> log.put("error", CallExecutor.haltMessage(e)));
    if (!disableStack) {
      List<String> stack = new ArrayList<>(t.stack().size());
      for (UInt256 v : t.stack()) {
        stack.add("0x" + v.value().toString(16));
      }
      log.put("stack", stack);
    }
    if (t.refund() != 0) {
      log.put("refund", t.refund());
    }
    if (!disableStorage && t.error().isEmpty()) {
      List<UInt256> stack = t.stack();
      int n = stack.size();
      if (t.opcode() == SSTORE && n >= 2) {
        storageByDepth.peek().put(word(stack.get(n - 1)), word(stack.get(n - 2)));
        log.put("storage", new TreeMap<>(storageByDepth.peek()));
      } else if (t.opcode() == SLOAD && n >= 1) {
        pendingLoad = log;
        pendingKey = word(stack.get(n - 1));
        log.put("storage", new TreeMap<>(storageByDepth.peek()));
      }
    }
    logs.add(log);
  }

  /** A storage key or value as Geth writes it: 32 bytes of hex without 0x. */
  private static String word(UInt256 v) {
    String digits = v.value().toString(16);
    return "0".repeat(64 - digits.length()) + digits;
  }

  List<Map<String, Object>> logs() {
    return logs;
  }
}
