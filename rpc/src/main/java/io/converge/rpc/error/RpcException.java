package io.converge.rpc.error;

import io.converge.types.Bytes;
import java.util.Objects;

/**
 * An error a caller caused or may see, answered as a JSON-RPC error object. The message is shown to the caller, so it
 * must explain the problem without internals; {@code data} (nullable) is serialized as the error's {@code data} field.
 */
public class RpcException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final transient Object data;

  public RpcException(int code, String message) {
    this(code, message, null);
  }

  public RpcException(int code, String message, Object data) {
    // Expected outcomes, not bugs: no stack trace to fill in or leak.
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.code = code;
    this.data = data;
  }

  public static RpcException invalidParams(String message) {
    return new RpcException(ErrorCode.INVALID_PARAMS, message);
  }

  public static RpcException serverError(String message) {
    return new RpcException(ErrorCode.SERVER_ERROR, message);
  }

  public static RpcException limitExceeded(String message) {
    return new RpcException(ErrorCode.LIMIT_EXCEEDED, message);
  }

  public static RpcException methodNotFound(String method) {
    return new RpcException(ErrorCode.METHOD_NOT_FOUND, "the method " + method + " does not exist/is not available");
  }

  /** Geth's answer to a reverted call: code 3, the decoded reason in the message and the raw bytes as data. */
  public static RpcException executionReverted(Bytes revertData) {
    return new RpcException(ErrorCode.EXECUTION_REVERTED, RevertReason.message(revertData), revertData);
  }

  public int code() {
    return code;
  }

  /** The error's {@code data} member, or null when it has none. */
  public Object data() {
    return data;
  }
}
