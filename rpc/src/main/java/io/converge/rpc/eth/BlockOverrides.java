package io.converge.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.evm.BlockContext;
import io.converge.rpc.param.InvalidParamException;
import io.converge.rpc.param.ParamType;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Geth's {@code BlockOverrides}, eth_call's fourth argument: the block context fields a call may pretend. */
public record BlockOverrides(OptionalLong number, Optional<UInt256> difficulty, OptionalLong time,
    OptionalLong gasLimit, Optional<Address> feeRecipient, Optional<Hash> prevRandao, Optional<Wei> baseFeePerGas,
    Optional<Wei> blobBaseFee) {
  public static final BlockOverrides NONE = new BlockOverrides(OptionalLong.empty(), Optional.empty(),
      OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());
  public static final ParamType<BlockOverrides> TYPE = BlockOverrides::parse;

  public BlockOverrides {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(gasLimit, "gasLimit");
    Objects.requireNonNull(feeRecipient, "feeRecipient");
    Objects.requireNonNull(prevRandao, "prevRandao");
    Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
    Objects.requireNonNull(blobBaseFee, "blobBaseFee");
  }

  BlockContext applyTo(BlockContext c) {
    return new BlockContext(feeRecipient.orElse(c.coinbase()), number.orElse(c.number()), time.orElse(c.timestamp()),
        gasLimit.orElse(c.gasLimit()), difficulty.orElse(c.difficulty()), prevRandao.orElse(c.prevRandao()),
        baseFeePerGas.orElse(c.baseFee()), c.chainId(), blobBaseFee.orElse(c.blobBaseFee()), c.blockHashes());
  }

  private static BlockOverrides parse(JsonNode v) throws InvalidParamException {
    if (!v.isObject()) {
      throw new InvalidParamException("json: cannot unmarshal non-object into Go value of type ethapi.BlockOverrides");
    }
    return new BlockOverrides(longField(v, "number"),
        field(v, "difficulty", ParamType.QUANTITY).map(UInt256::new),
        longField(v, "time"), longField(v, "gasLimit"),
        field(v, "feeRecipient", ParamType.ADDRESS),
        field(v, "prevRandao", ParamType.HASH),
        field(v, "baseFeePerGas", ParamType.QUANTITY).map(Wei::new),
        field(v, "blobBaseFee", ParamType.QUANTITY).map(Wei::new));
  }

  private static OptionalLong longField(JsonNode v, String name) throws InvalidParamException {
    Optional<Long> value = field(v, name, ParamType.LONG_QUANTITY);
    return value.isPresent() ? OptionalLong.of(value.get()) : OptionalLong.empty();
  }

  private static <T> Optional<T> field(JsonNode v, String name, ParamType<T> type) throws InvalidParamException {
    JsonNode n = v.get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(type.parse(n));
  }
}
