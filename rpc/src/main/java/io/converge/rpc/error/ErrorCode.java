package io.converge.rpc.error;

/**
 * JSON-RPC 2.0 and EIP-1474 error codes, used with the meaning Geth gives them so that wallets and libraries written
 * against Geth read our errors the same way.
 */
public final class ErrorCode {
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;

  /** EIP-1474 "invalid input"; Geth's code for any error that carries no code of its own. */
  public static final int SERVER_ERROR = -32000;
  public static final int RESOURCE_NOT_FOUND = -32001;
  public static final int RESOURCE_UNAVAILABLE = -32002;
  public static final int TRANSACTION_REJECTED = -32003;
  public static final int METHOD_NOT_SUPPORTED = -32004;
  public static final int LIMIT_EXCEEDED = -32005;
  public static final int VERSION_NOT_SUPPORTED = -32006;

  /** Geth's code for {@code eth_call}/{@code eth_estimateGas} reverts; {@code data} carries the revert bytes. */
  public static final int EXECUTION_REVERTED = 3;

  private ErrorCode() {}
}
