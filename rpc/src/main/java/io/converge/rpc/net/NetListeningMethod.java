package io.converge.rpc.net;

import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;

/**
 * {@code net_listening}: always true, as in Geth, since a node that answers RPC is up. The node adds
 * {@code net_version} and {@code net_peerCount} to the {@code net} namespace from the chain and the network.
 */
public final class NetListeningMethod implements RpcMethod {
  @Override
  public String name() {
    return "net_listening";
  }

  @Override
  public Object execute(RpcRequest request) throws RpcException {
    request.params().expectAtMost(0);
    return true;
  }
}
