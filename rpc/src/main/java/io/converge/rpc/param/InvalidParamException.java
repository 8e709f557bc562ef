package io.converge.rpc.param;

/**
 * A parameter that does not parse, with the reason worded as Geth words it. {@link RpcParams} adds the argument's
 * position ("invalid argument 0: ...") and turns it into an {@code -32602} answer.
 */
public class InvalidParamException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidParamException(String reason) {
    super(reason, null, false, false);
  }
}
