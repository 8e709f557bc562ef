package io.converge.rpc.web3;

import io.converge.crypto.hash.Keccak256;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.param.ParamType;
import io.converge.types.Bytes;

/** {@code web3_sha3}: Keccak-256 (not SHA3-256) of the given data. */
public final class Sha3Method implements RpcMethod {
  @Override
  public String name() {
    return "web3_sha3";
  }

  @Override
  public Object execute(RpcRequest request) throws RpcException {
    Bytes data = request.params().expectAtMost(1).required(0, ParamType.DATA);
    return Bytes.wrap(Keccak256.hash(data.unsafeArray()));
  }
}
