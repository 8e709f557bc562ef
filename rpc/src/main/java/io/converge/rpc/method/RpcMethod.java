package io.converge.rpc.method;

import io.converge.rpc.error.RpcException;
import java.util.Objects;

/**
 * One JSON-RPC method. The result is any value the server's JSON encoding knows: our types ({@code Address},
 * {@code Hash}, {@code Bytes}, {@code Wei}, {@code Quantity}), records, lists, maps, strings, booleans or null.
 * Errors the caller caused are {@link RpcException}s; anything else thrown is a bug and is answered as -32603
 * without details.
 */
public interface RpcMethod {
  /** The full method name, {@code <namespace>_<name>}. */
  String name();

  Object execute(RpcRequest request) throws RpcException;

  /** A method from a name and a lambda, for the many methods that need no class of their own. */
  static RpcMethod of(String name, Body body) {
    return new Named(name, body);
  }

  /** The work of a method created with {@link #of}. */
  @FunctionalInterface
  interface Body {
    Object execute(RpcRequest request) throws RpcException;
  }

  /** The method {@link #of} creates. */
  record Named(String name, Body body) implements RpcMethod {
    public Named {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(body, "body");
    }

    @Override
    public Object execute(RpcRequest request) throws RpcException {
      return body.execute(request);
    }
  }
}
