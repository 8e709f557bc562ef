package io.converge.rpc.method;

import io.converge.rpc.param.RpcParams;
import java.util.Objects;

/** One call as a method sees it: its name, its parameters and the connection it came on. */
public record RpcRequest(String method, RpcParams params, RpcSession session) {
  public RpcRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(session, "session");
  }
}
