package io.converge.rpc.param;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.rpc.error.RpcException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The positional parameters of one call. Parsing happens here, at the edge, so methods receive our types; every
 * failure is an {@code -32602} whose message names the argument as Geth does.
 */
public final class RpcParams {
  private static final RpcParams NONE = new RpcParams(List.of(), 0);

  private final List<JsonNode> values;
  // Position of values.get(0) in the original call, so messages count from the caller's point of view.
  private final int offset;

  private RpcParams(List<JsonNode> values, int offset) {
    this.values = values;
    this.offset = offset;
  }

  /** The {@code params} member of a request: absent or null means none; anything but an array is refused. */
  public static RpcParams of(JsonNode params) throws RpcException {
    if (params == null || params.isNull() || params.isMissingNode()) {
      return NONE;
    }
    if (!params.isArray()) {
      throw RpcException.invalidParams("non-array args");
    }
    List<JsonNode> values = new ArrayList<>(params.size());
    params.forEach(values::add);
    return new RpcParams(List.copyOf(values), 0);
  }

  public static RpcParams none() {
    return NONE;
  }

  public int size() {
    return values.size();
  }

  /** Refuses extra arguments; call it first, as Geth checks the count before parsing. */
  public RpcParams expectAtMost(int count) throws RpcException {
    if (values.size() > count) {
      throw RpcException.invalidParams("too many arguments, want at most " + (offset + count));
    }
    return this;
  }

  public <T> T required(int index, ParamType<T> type) throws RpcException {
    return optional(index, type).orElseThrow(
        () -> RpcException.invalidParams("missing value for required argument " + (offset + index)));
  }

  /** An argument the caller may leave out or pass as null. */
  public <T> Optional<T> optional(int index, ParamType<T> type) throws RpcException {
    if (index >= values.size() || values.get(index).isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.parse(values.get(index)));
    } catch (InvalidParamException e) {
      throw RpcException.invalidParams("invalid argument " + (offset + index) + ": " + e.getMessage());
    }
  }

  /** The arguments after the first {@code count}, still numbered as the caller numbered them. */
  public RpcParams drop(int count) {
    if (count >= values.size()) {
      return new RpcParams(List.of(), offset + count);
    }
    return new RpcParams(values.subList(count, values.size()), offset + count);
  }
}
