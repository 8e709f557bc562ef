package io.converge.rpc.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.chain.BlockLog;
import io.converge.rpc.param.BlockParameter;
import io.converge.rpc.param.InvalidParamException;
import io.converge.rpc.param.ParamType;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.receipt.Log;
import io.converge.types.receipt.LogsBloom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Geth's {@code FilterCriteria}: a block range or one block hash, any of the addresses (none means all), and per topic
 * position any of the listed hashes (an empty position matches everything).
 */
public record LogCriteria(Optional<BlockParameter> fromBlock, Optional<BlockParameter> toBlock,
    Optional<Hash> blockHash, List<Address> addresses, List<List<Hash>> topics) {
  public static final LogCriteria ALL =
      new LogCriteria(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
  public static final ParamType<LogCriteria> TYPE = LogCriteria::parse;
  private static final int MAX_TOPICS = 4;

  public LogCriteria {
    Objects.requireNonNull(fromBlock, "fromBlock");
    Objects.requireNonNull(toBlock, "toBlock");
    Objects.requireNonNull(blockHash, "blockHash");
    addresses = List.copyOf(addresses);
    topics = topics.stream().map(List::copyOf).toList();
  }

  public boolean matches(Log log) {
    if (!addresses.isEmpty() && !addresses.contains(log.address())) {
      return false;
    }
    if (topics.size() > log.topics().size()) {
      return false;
    }
    for (int i = 0; i < topics.size(); i++) {
      if (!topics.get(i).isEmpty() && !topics.get(i).contains(log.topics().get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a block with this bloom may hold a matching log; false means it surely does not. */
  public boolean mayMatch(LogsBloom bloom) {
    if (!addresses.isEmpty() && addresses.stream().noneMatch(bloom::mightContain)) {
      return false;
    }
    for (List<Hash> position : topics) {
      if (!position.isEmpty() && position.stream().noneMatch(bloom::mightContain)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a new block's number lies inside explicit numeric bounds; tags bound nothing for new blocks. */
  public boolean admitsNewBlock(long number) {
    if (fromBlock.orElse(null) instanceof BlockParameter.Number from && number < from.number()) {
      return false;
    }
    return !(toBlock.orElse(null) instanceof BlockParameter.Number to && number > to.number());
  }

  public List<BlockLog> select(List<BlockLog> logs) {
    return logs.stream().filter(l -> matches(l.log())).toList();
  }

  static LogCriteria parse(JsonNode node) throws InvalidParamException {
    if (!node.isObject()) {
      throw new InvalidParamException("json: cannot unmarshal non-object into Go value of type filters.FilterCriteria");
    }
    Optional<Hash> blockHash = optional(node, "blockHash", ParamType.HASH);
    Optional<BlockParameter> from = optional(node, "fromBlock", ParamType.BLOCK_NUMBER);
    Optional<BlockParameter> to = optional(node, "toBlock", ParamType.BLOCK_NUMBER);
    if (blockHash.isPresent() && (from.isPresent() || to.isPresent())) {
      throw new InvalidParamException("cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other");
    }
    List<Address> addresses = new ArrayList<>();
    JsonNode address = node.get("address");
    if (address != null && !address.isNull()) {
      if (address.isArray()) {
        for (JsonNode a : address) {
          addresses.add(addressOf(a));
        }
      } else if (address.isTextual()) {
        addresses.add(addressOf(address));
      } else {
        throw new InvalidParamException("invalid addresses in query");
      }
    }
    List<List<Hash>> topics = new ArrayList<>();
    JsonNode t = node.get("topics");
    if (t != null && !t.isNull()) {
      if (!t.isArray()) {
        throw new InvalidParamException("invalid topic(s)");
      }
      if (t.size() > MAX_TOPICS) {
        throw new InvalidParamException("exceed max topics");
      }
      for (JsonNode position : t) {
        List<Hash> options = new ArrayList<>();
        if (position.isTextual()) {
          options.add(topicOf(position));
        } else if (position.isArray()) {
          boolean wildcard = false;
          for (JsonNode o : position) {
            if (o.isNull()) {
              wildcard = true;
            } else {
              options.add(topicOf(o));
            }
          }
          if (wildcard) {
            options.clear();
          }
        } else if (!position.isNull()) {
          throw new InvalidParamException("invalid topic(s)");
        }
        topics.add(options);
      }
    }
    return new LogCriteria(from, to, blockHash, addresses, topics);
  }

  private static Address addressOf(JsonNode n) throws InvalidParamException {
    try {
      return ParamType.ADDRESS.parse(n);
    } catch (InvalidParamException e) {
      throw new InvalidParamException("invalid address: " + e.getMessage());
    }
  }

  private static Hash topicOf(JsonNode n) throws InvalidParamException {
    try {
      return ParamType.HASH.parse(n);
    } catch (InvalidParamException e) {
      throw new InvalidParamException("invalid topic(s)");
    }
  }

  private static <T> Optional<T> optional(JsonNode node, String name, ParamType<T> type)
      throws InvalidParamException {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(type.parse(v));
  }
}
