package io.converge.rpc.eth;

import io.converge.evm.BlockContext;
import io.converge.evm.ContractAddress;
import io.converge.evm.ExecutionResult;
import io.converge.evm.HaltReason;
import io.converge.evm.MessageCall;
import io.converge.evm.TransactionContext;
import io.converge.evm.tracing.Tracer;
import io.converge.protocol.fork.ForkRules;
import io.converge.protocol.transaction.EvmMessageExecutor;
import io.converge.rpc.error.RpcException;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.TransactionRules;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a call object against a private copy of a block's state, as Geth's {@code doCall}: no signature, no nonce
 * check, gas bought only when a price is given, nothing persisted. Also Geth's binary-search gas estimate.
 */
public final class CallExecutor {
  /** Geth's default {@code --rpc.gascap}. */
  public static final long GAS_CAP = 50_000_000L;

  private final ChainView view;
  private final ChainId chainId;
  private final Map<Fork, EvmMessageExecutor> executors = new ConcurrentHashMap<>();

  public CallExecutor(ChainView view, ChainId chainId) {
    this.view = view;
    this.chainId = chainId;
  }

  /** What one call did: the EVM's result and the gas the sender would pay. */
  public record Outcome(ExecutionResult result, long gasUsed, Optional<Address> created) {
    public boolean succeeded() {
      return result instanceof ExecutionResult.Success;
    }
  }

  /** Runs {@code args} on the state after {@code header}; errors the caller caused are RpcExceptions. */
  public Outcome call(BlockHeader header, CallArgs args, StateOverrides overrides, Tracer tracer)
      throws RpcException {
    return call(header, args, overrides, BlockOverrides.NONE, tracer);
  }

  public Outcome call(BlockHeader header, CallArgs args, StateOverrides overrides, BlockOverrides blockOverrides,
      Tracer tracer) throws RpcException {
    TrieWorldState world = view.stateAfter(header);
    overrides.applyTo(world);
    long gas = args.gas().orElse(Math.min(GAS_CAP, Long.MAX_VALUE / 2));
    return run(world, header, args, Math.min(gas, GAS_CAP), blockOverrides, tracer);
  }

  /** eth_call's answer: the return data, code 3 on revert, Geth's VM error text on a halt. */
  public Bytes callOutput(BlockHeader header, CallArgs args, StateOverrides overrides, BlockOverrides blockOverrides)
      throws RpcException {
    Outcome o = call(header, args, overrides, blockOverrides, null);
    if (o.result() instanceof ExecutionResult.Revert r) {
      throw RpcException.executionReverted(r.output());
    }
    if (o.result() instanceof ExecutionResult.ExceptionalHalt h) {
      throw RpcException.serverError(haltMessage(h.reason()));
    }
    return o.result().output();
  }

  Outcome run(TrieWorldState world, BlockHeader header, CallArgs args, long gas, BlockOverrides blockOverrides,
      Tracer tracer) throws RpcException {
    Fork fork = view.forkOf(header);
    BlockContext block = blockOverrides.applyTo(view.blockContext(header));
    Address from = args.sender();
    Wei price = effectivePrice(args, block.baseFee());
    Wei value = args.value().orElse(Wei.ZERO);
    long intrinsic = intrinsicGas(fork, args, gas);
    if (gas < intrinsic) {
      throw RpcException.serverError("intrinsic gas too low: have " + gas + ", want " + intrinsic);
    }
    if (price.value().signum() > 0) {
      BigInteger cost = BigInteger.valueOf(gas).multiply(price.value());
      Wei balance = world.balance(from);
      if (balance.value().compareTo(cost.add(value.value())) < 0) {
        throw RpcException.serverError("insufficient funds for gas * price + value: address " + checksummed(from)
            + " have " + balance.value() + " want " + cost.add(value.value()));
      }
      world.setBalance(from, new Wei(balance.value().subtract(cost)));
    }
    if (world.balance(from).value().compareTo(value.value()) < 0) {
      throw RpcException.serverError("insufficient funds for transfer: address " + checksummed(from));
    }
    long nonce = world.nonce(from);
    world.setNonce(from, nonce + 1);
    Optional<Address> created = Optional.empty();
    MessageCall message;
    if (args.to().isEmpty()) {
      Address contract = ContractAddress.forCreate(from, nonce);
      created = Optional.of(contract);
      message = MessageCall.create(from, contract, value, args.data(), gas - intrinsic);
    } else {
      message = MessageCall.call(from, args.to().get(), value, args.data(), gas - intrinsic);
    }
    TransactionContext tx = new TransactionContext(from, price, List.of(),
        accessList(args.accessList().orElse(AccessList.EMPTY)));
    ExecutionResult result = executors.computeIfAbsent(fork, EvmMessageExecutor::forFork)
        .execute(message, world, tx, block, tracer);
    long used = gas - result.gasLeft();
    if (result instanceof ExecutionResult.Success s) {
      used -= Math.min(used / ForkRules.of(fork).refundQuotient(), s.refund());
    }
    return new Outcome(result, used, result instanceof ExecutionResult.Success ? created : Optional.empty());
  }

  /**
   * Geth's eth_estimateGas: the smallest gas limit with which the call does not fail, searched between the intrinsic
   * gas and the block gas limit (or the caller's gas, or what the sender can pay for).
   */
  public long estimate(BlockHeader header, CallArgs args, StateOverrides overrides) throws RpcException {
    Fork fork = view.forkOf(header);
    long hi = args.gas().isPresent() && args.gas().getAsLong() >= 21_000 ? args.gas().getAsLong() : header.gasLimit();
    Wei feeCap = args.gasPrice().or(args::maxFeePerGas).orElse(Wei.ZERO);
    if (feeCap.value().signum() > 0) {
      TrieWorldState world = view.stateAfter(header);
      overrides.applyTo(world);
      BigInteger available = world.balance(args.sender()).value();
      Wei value = args.value().orElse(Wei.ZERO);
      if (value.value().compareTo(available) > 0) {
        throw RpcException.serverError("insufficient funds for transfer");
      }
      BigInteger allowance = available.subtract(value.value()).divide(feeCap.value());
      if (allowance.compareTo(BigInteger.valueOf(hi)) < 0) {
        hi = allowance.longValue();
      }
    }
    hi = Math.min(hi, GAS_CAP);
    long lo = intrinsicGas(fork, args, hi) - 1;
    Outcome atMost = attempt(header, args, overrides, hi);
    if (atMost == null || !atMost.succeeded()) {
      if (atMost != null && atMost.result() instanceof ExecutionResult.Revert r) {
        throw RpcException.executionReverted(r.output());
      }
      if (atMost != null && atMost.result() instanceof ExecutionResult.ExceptionalHalt h
          && h.reason() != HaltReason.OUT_OF_GAS) {
        throw RpcException.serverError(haltMessage(h.reason()));
      }
      throw RpcException.serverError("gas required exceeds allowance (" + hi + ")");
    }
    // A plain transfer costs exactly its intrinsic gas; skip the search, as Geth does.
    if (lo + 1 <= hi) {
      Outcome minimal = attempt(header, args, overrides, lo + 1);
      if (minimal != null && minimal.succeeded()) {
        return lo + 1;
      }
    }
    while (lo + 1 < hi) {
      long mid = lo + (hi - lo) / 2;
      Outcome o = attempt(header, args, overrides, mid);
      if (o != null && o.succeeded()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** One trial run; null when the gas is below the intrinsic cost. */
  private Outcome attempt(BlockHeader header, CallArgs args, StateOverrides overrides, long gas)
      throws RpcException {
    TrieWorldState world = view.stateAfter(header);
    overrides.applyTo(world);
    try {
      return run(world, header, args.withGas(gas), gas, BlockOverrides.NONE, null);
    } catch (RpcException e) {
      if (e.getMessage().startsWith("intrinsic gas too low")) {
        return null;
      }
      throw e;
    }
  }

  long intrinsicGas(Fork fork, CallArgs args, long gas) {
    DynamicFeeTransaction shape = DynamicFeeTransaction.unsigned(chainId, 0, Wei.ZERO, Wei.ZERO, gas, args.to(),
        args.value().orElse(Wei.ZERO), args.data(), args.accessList().orElse(AccessList.EMPTY));
    return TransactionRules.of(fork).intrinsicGas(shape);
  }

  /** Geth's gas price for a call: the legacy price, or the 1559 price against the base fee, or zero if none given. */
  static Wei effectivePrice(CallArgs args, Wei baseFee) {
    if (args.gasPrice().isPresent()) {
      return args.gasPrice().get();
    }
    if (args.maxFeePerGas().isEmpty() && args.maxPriorityFeePerGas().isEmpty()) {
      return Wei.ZERO;
    }
    BigInteger cap = args.maxFeePerGas().orElse(Wei.ZERO).value();
    BigInteger tip = args.maxPriorityFeePerGas().orElse(Wei.ZERO).value();
    BigInteger withTip = baseFee.value().add(tip);
    return new Wei(withTip.min(cap));
  }

  private static List<TransactionContext.AccessListEntry> accessList(AccessList list) {
    List<TransactionContext.AccessListEntry> out = new ArrayList<>();
    for (AccessList.Entry e : list.entries()) {
      List<UInt256> keys = new ArrayList<>();
      for (Hash k : e.storageKeys()) {
        keys.add(new UInt256(new BigInteger(1, k.unsafeArray())));
      }
      out.add(new TransactionContext.AccessListEntry(e.address(), keys));
    }
    return out;
  }

  private static String checksummed(Address address) {
    return io.converge.crypto.hd.AddressChecksum.toChecksumHex(address.toArray());
  }

  /** The texts of Geth's core/vm errors. */
  public static String haltMessage(HaltReason reason) {
    return switch (reason) {
      case OUT_OF_GAS -> "out of gas";
      case INVALID_OPCODE -> "invalid opcode";
      case INVALID_JUMP_DESTINATION -> "invalid jump destination";
      case STACK_UNDERFLOW -> "stack underflow";
      case STACK_OVERFLOW -> "stack limit reached 1024 (1023)";
      case STATIC_STATE_CHANGE -> "write protection";
      case RETURN_DATA_OUT_OF_BOUNDS -> "return data out of bounds";
      case CODE_SIZE_EXCEEDED -> "max code size exceeded";
      case INIT_CODE_SIZE_EXCEEDED -> "max initcode size exceeded";
      case INVALID_CODE_PREFIX -> "invalid code: must not begin with 0xef";
      case ADDRESS_COLLISION -> "contract address collision";
      case PRECOMPILE_FAILURE -> "precompiled contract failed";
      case CALL_DEPTH_EXCEEDED -> "max call depth exceeded";
    };
  }
}
