package io.converge.rpc.param;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.math.BigInteger;

/**
 * How one JSON parameter becomes one of our types. The constants cover Ethereum's wire conventions; methods with
 * richer arguments (call objects, filters) write their own from these, so every message stays Geth's.
 */
@FunctionalInterface
public interface ParamType<T> {
  T parse(JsonNode value) throws InvalidParamException;

  ParamType<Address> ADDRESS = v -> Address.wrap(HexArgument.fixed(v, Address.SIZE, "common.Address"));
  ParamType<Hash> HASH = v -> Hash.wrap(HexArgument.fixed(v, Hash.SIZE, "common.Hash"));
  /** Unformatted data: even-length hex, {@code 0x} for empty. */
  ParamType<Bytes> DATA = v -> Bytes.wrap(HexArgument.bytes(v));
  /** A quantity of up to 256 bits (values, gas prices); leading zero digits are refused as Geth refuses them. */
  ParamType<BigInteger> QUANTITY = HexArgument::bigQuantity;
  /** A quantity that fits a long (gas, nonces, indices). */
  ParamType<Long> LONG_QUANTITY = HexArgument::longQuantity;
  /** A block tag or number, as {@code eth_getBlockByNumber} takes it. */
  ParamType<BlockParameter> BLOCK_NUMBER = BlockParameter::parseNumberOrTag;
  /** A block tag, number or hash, or the EIP-1898 object, as {@code eth_getBalance} and friends take it. */
  ParamType<BlockParameter> BLOCK = BlockParameter::parse;
  ParamType<Boolean> BOOLEAN = v -> {
    if (!v.isBoolean()) {
      throw new InvalidParamException("json: cannot unmarshal " + HexArgument.kind(v) + " into Go value of type bool");
    }
    return v.booleanValue();
  };
  ParamType<String> STRING = v -> {
    if (!v.isTextual()) {
      throw new InvalidParamException(
          "json: cannot unmarshal " + HexArgument.kind(v) + " into Go value of type string");
    }
    return v.textValue();
  };
}
