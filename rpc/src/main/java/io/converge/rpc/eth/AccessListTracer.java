package io.converge.rpc.eth;

import io.converge.evm.ExecutionResult;
import io.converge.evm.tracing.OperationTrace;
import io.converge.evm.tracing.Tracer;
import io.converge.rpc.error.RpcException;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.AccessList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * eth_createAccessList as Geth computes it: trace the call, collect the accounts and slots it touches (except the
 * sender, the recipient and precompiles), and repeat with that list until it stops changing.
 */
final class AccessListTracer implements Tracer {
  private static final int MAX_ROUNDS = 8;
  private static final int PRECOMPILE_MAX = 0x11;

  record Result(AccessList accessList, long gasUsed, String error) {}

  private final Set<Address> excluded;
  private final Map<Address, Set<Hash>> touched = new LinkedHashMap<>();
  private final Deque<Address> frames = new ArrayDeque<>();
  private Address pending;

  private AccessListTracer(Address to, Set<Address> excluded) {
    this.excluded = excluded;
    this.pending = to;
  }

  static Result create(ChainView view, CallExecutor calls, BlockHeader header, CallArgs args) throws RpcException {
    Address from = args.sender();
    Address to = args.to().orElse(null);
    Set<Address> excluded = new LinkedHashSet<>();
    excluded.add(from);
    if (to != null) {
      excluded.add(to);
    }
    AccessList list = args.accessList().orElse(AccessList.EMPTY);
    CallArgs withGas = args.gas().isPresent() ? args : args.withGas(header.gasLimit());
    for (int round = 0; ; round++) {
      AccessListTracer tracer = new AccessListTracer(to, excluded);
      CallExecutor.Outcome outcome = calls.call(header, withGas.withAccessList(list), StateOverrides.NONE, tracer);
      AccessList found = tracer.accessList(list);
      if (found.equals(list) || round == MAX_ROUNDS) {
        String error = null;
        if (outcome.result() instanceof ExecutionResult.Revert r) {
          error = RpcException.executionReverted(r.output()).getMessage();
        } else if (outcome.result() instanceof ExecutionResult.ExceptionalHalt h) {
          error = CallExecutor.haltMessage(h.reason());
        }
        return new Result(found, outcome.gasUsed(), error);
      }
      list = found;
    }
  }

  @Override
  public void onOperation(OperationTrace t) {
    while (frames.size() > t.depth()) {
      frames.pop();
    }
    while (frames.size() < t.depth()) {
      frames.push(pending == null ? Address.ZERO : pending);
    }
    Address current = frames.peek();
    List<UInt256> stack = t.stack();
    int op = t.opcode();
    switch (op) {
      case 0x54, 0x55 -> {
        if (!stack.isEmpty() && current != null) {
          slot(current, stack.get(stack.size() - 1));
        }
      }
      case 0x31, 0x3b, 0x3c, 0x3f, 0xff -> {
        if (!stack.isEmpty()) {
          account(toAddress(stack.get(stack.size() - 1)));
        }
      }
      case 0xf1, 0xf2, 0xf4, 0xfa -> {
        if (stack.size() >= 2) {
          Address target = toAddress(stack.get(stack.size() - 2));
          account(target);
          pending = op == 0xf1 || op == 0xfa ? target : current;
        }
      }
      case 0xf0, 0xf5 -> pending = null;
      default -> { }
    }
  }

  private static Address toAddress(UInt256 word) {
    return Address.fromLow20(ChainReads.toWord(word.value()));
  }

  private void account(Address a) {
    if (!excluded.contains(a) && !isPrecompile(a)) {
      touched.computeIfAbsent(a, k -> new LinkedHashSet<>());
    }
  }

  private void slot(Address a, UInt256 key) {
    if (a.equals(Address.ZERO) && pending == null) {
      return;
    }
    touched.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(Hash.wrap(ChainReads.toWord(key.value())));
  }

  private static boolean isPrecompile(Address a) {
    byte[] b = a.toBytes().unsafeArray();
    for (int i = 0; i < b.length - 1; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    int last = b[b.length - 1] & 0xff;
    return last >= 1 && last <= PRECOMPILE_MAX;
  }

  /** The touched entries merged with the list the round ran with, addresses in first-touch order. */
  private AccessList accessList(AccessList previous) {
    Map<Address, Set<Hash>> merged = new LinkedHashMap<>();
    for (AccessList.Entry e : previous.entries()) {
      merged.computeIfAbsent(e.address(), k -> new LinkedHashSet<>()).addAll(e.storageKeys());
    }
    touched.forEach((a, keys) -> merged.computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(keys));
    List<AccessList.Entry> entries = new ArrayList<>();
    merged.forEach((a, keys) -> {
      if (!excluded.contains(a) || !keys.isEmpty()) {
        entries.add(new AccessList.Entry(a, new ArrayList<>(keys)));
      }
    });
    return new AccessList(entries);
  }
}
