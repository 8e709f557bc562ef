package io.converge.rpc.param;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.types.Hash;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * Which block a read refers to: a {@link BlockTag}, a {@link Number} or, where EIP-1898 allows it, a {@link ByHash}.
 * The chain module resolves these to headers; rpc only parses them.
 */
public sealed interface BlockParameter permits BlockTag, BlockParameter.Number, BlockParameter.ByHash {

  /** A block by height. */
  record Number(long number) implements BlockParameter {
    public Number {
      if (number < 0) {
        throw new IllegalArgumentException("block number must not be negative: " + number);
      }
    }
  }

  /** A block by hash; with {@code requireCanonical} the block must also be on the canonical chain (EIP-1898). */
  record ByHash(Hash hash, boolean requireCanonical) implements BlockParameter {
    public ByHash {
      Objects.requireNonNull(hash, "hash");
    }
  }

  /** Geth's rpc.BlockNumber: a tag or a hex number, no hashes. */
  static BlockParameter parseNumberOrTag(JsonNode node) throws InvalidParamException {
    String input = node.isTextual() ? node.textValue() : node.toString().trim();
    Optional<BlockTag> tag = BlockTag.fromJsonName(input);
    if (tag.isPresent()) {
      return tag.get();
    }
    BigInteger number = HexArgument.blockNumber(input);
    if (number.bitLength() > 63) {
      throw new InvalidParamException("block number larger than int64");
    }
    return new Number(number.longValueExact());
  }

  /** Geth's rpc.BlockNumberOrHash: a tag, a hex number, a 32-byte hash, or the EIP-1898 object form. */
  static BlockParameter parse(JsonNode node) throws InvalidParamException {
    if (node.isObject()) {
      return parseObject(node);
    }
    if (!node.isTextual()) {
      throw new InvalidParamException(
          "json: cannot unmarshal " + HexArgument.kind(node) + " into Go value of type string");
    }
    String input = node.textValue();
    Optional<BlockTag> tag = BlockTag.fromJsonName(input);
    if (tag.isPresent()) {
      return tag.get();
    }
    if (input.length() == 66) {
      return new ByHash(Hash.wrap(HexArgument.hashText(input)), false);
    }
    BigInteger number = HexArgument.blockNumber(input);
    if (number.bitLength() > 63) {
      throw new InvalidParamException("blocknumber too high");
    }
    return new Number(number.longValueExact());
  }

  // EIP-1898: {"blockNumber": ...} or {"blockHash": ..., "requireCanonical": bool}; JSON null counts as absent.
  private static BlockParameter parseObject(JsonNode node) throws InvalidParamException {
    JsonNode number = present(node.get("blockNumber"));
    JsonNode hash = present(node.get("blockHash"));
    if (number != null && hash != null) {
      throw new InvalidParamException("cannot specify both BlockHash and BlockNumber, choose one or the other");
    }
    if (number != null) {
      return parseNumberOrTag(number);
    }
    if (hash == null) {
      throw new InvalidParamException("invalid arguments; neither block nor hash specified");
    }
    JsonNode canonical = present(node.get("requireCanonical"));
    if (canonical != null && !canonical.isBoolean()) {
      throw new InvalidParamException("json: cannot unmarshal " + HexArgument.kind(canonical)
          + " into Go struct field .requireCanonical of type bool");
    }
    byte[] hashBytes = HexArgument.fixed(hash, Hash.SIZE, "common.Hash");
    return new ByHash(Hash.wrap(hashBytes), canonical != null && canonical.booleanValue());
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }
}
