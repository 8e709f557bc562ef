package io.converge.rpc.web3;

import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import java.util.Objects;

/** {@code web3_clientVersion}: the version string the composition root builds (e.g. {@code Converge/v0.1.0/linux-amd64/java17}). */
public final class ClientVersionMethod implements RpcMethod {
  private final String clientVersion;

  public ClientVersionMethod(String clientVersion) {
    this.clientVersion = Objects.requireNonNull(clientVersion, "clientVersion");
  }

  @Override
  public String name() {
    return "web3_clientVersion";
  }

  @Override
  public Object execute(RpcRequest request) throws RpcException {
    request.params().expectAtMost(0);
    return clientVersion;
  }
}
