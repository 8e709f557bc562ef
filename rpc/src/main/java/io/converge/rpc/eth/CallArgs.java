package io.converge.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.rpc.param.InvalidParamException;
import io.converge.rpc.param.ParamType;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Geth's {@code TransactionArgs}: the call object of eth_call, eth_estimateGas, eth_createAccessList and
 * eth_sendTransaction. Every field is optional; defaults depend on the method.
 */
public record CallArgs(
    Optional<Address> from,
    Optional<Address> to,
    OptionalLong gas,
    Optional<Wei> gasPrice,
    Optional<Wei> maxFeePerGas,
    Optional<Wei> maxPriorityFeePerGas,
    Optional<Wei> value,
    OptionalLong nonce,
    Optional<Bytes> input,
    Optional<AccessList> accessList,
    OptionalLong chainId) {

  public CallArgs {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(gas, "gas");
    Objects.requireNonNull(gasPrice, "gasPrice");
    Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
    Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(accessList, "accessList");
    Objects.requireNonNull(chainId, "chainId");
  }

  public static final ParamType<CallArgs> TYPE = CallArgs::parse;

  public Bytes data() {
    return input.orElse(Bytes.EMPTY);
  }

  public Address sender() {
    return from.orElse(Address.ZERO);
  }

  public CallArgs withGas(long value) {
    return new CallArgs(from, to, OptionalLong.of(value), gasPrice, maxFeePerGas, maxPriorityFeePerGas, this.value,
        nonce, input, accessList, chainId);
  }

  public CallArgs withAccessList(AccessList list) {
    return new CallArgs(from, to, gas, gasPrice, maxFeePerGas, maxPriorityFeePerGas, value, nonce, input,
        Optional.of(list), chainId);
  }

  static CallArgs parse(JsonNode node) throws InvalidParamException {
    if (!node.isObject()) {
      throw new InvalidParamException("json: cannot unmarshal non-object into Go value of type ethapi.TransactionArgs");
    }
    Optional<Bytes> data = field(node, "data", ParamType.DATA);
    Optional<Bytes> input = field(node, "input", ParamType.DATA);
    if (data.isPresent() && input.isPresent() && !data.equals(input)) {
      throw new InvalidParamException(
          "both \"data\" and \"input\" are set and not equal. Please use \"input\" to pass transaction call data");
    }
    Optional<Wei> gasPrice = field(node, "gasPrice", ParamType.QUANTITY).map(Wei::new);
    Optional<Wei> maxFee = field(node, "maxFeePerGas", ParamType.QUANTITY).map(Wei::new);
    Optional<Wei> maxTip = field(node, "maxPriorityFeePerGas", ParamType.QUANTITY).map(Wei::new);
    if (gasPrice.isPresent() && (maxFee.isPresent() || maxTip.isPresent())) {
      throw new InvalidParamException("both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified");
    }
    return new CallArgs(
        field(node, "from", ParamType.ADDRESS),
        field(node, "to", ParamType.ADDRESS),
        optionalLong(field(node, "gas", ParamType.LONG_QUANTITY)),
        gasPrice, maxFee, maxTip,
        field(node, "value", ParamType.QUANTITY).map(Wei::new),
        optionalLong(field(node, "nonce", ParamType.LONG_QUANTITY)),
        input.or(() -> data),
        field(node, "accessList", CallArgs::accessList),
        optionalLong(field(node, "chainId", ParamType.QUANTITY).map(BigInteger::longValue)));
  }

  private static OptionalLong optionalLong(Optional<? extends Number> v) {
    return v.isPresent() ? OptionalLong.of(v.get().longValue()) : OptionalLong.empty();
  }

  private static <T> Optional<T> field(JsonNode node, String name, ParamType<T> type) throws InvalidParamException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    return Optional.of(type.parse(v));
  }

  static AccessList accessList(JsonNode node) throws InvalidParamException {
    if (!node.isArray()) {
      throw new InvalidParamException("json: cannot unmarshal non-array into Go value of type types.AccessList");
    }
    List<AccessList.Entry> entries = new ArrayList<>();
    for (JsonNode e : node) {
      Address address = field(e, "address", ParamType.ADDRESS)
          .orElseThrow(() -> new InvalidParamException("access list entry without address"));
      List<Hash> keys = new ArrayList<>();
      JsonNode k = e.get("storageKeys");
      if (k != null && k.isArray()) {
        for (Iterator<JsonNode> it = k.elements(); it.hasNext(); ) {
          keys.add(ParamType.HASH.parse(it.next()));
        }
      }
      entries.add(new AccessList.Entry(address, keys));
    }
    return new AccessList(entries);
  }
}
