package io.converge.rpc.method;

import io.converge.rpc.error.RpcException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;

/** {@code rpc_modules}: the namespaces this server answers, each at version "1.0" as Geth reports them. */
final class RpcModulesMethod implements RpcMethod {
  static final String NAMESPACE = "rpc";

  private final Map<String, String> modules;

  RpcModulesMethod(SortedSet<String> namespaces) {
    Map<String, String> versions = new LinkedHashMap<>();
    namespaces.forEach(n -> versions.put(n, "1.0"));
    this.modules = Collections.unmodifiableMap(versions);
  }

  @Override
  public String name() {
    return "rpc_modules";
  }

  @Override
  public Object execute(RpcRequest request) throws RpcException {
    request.params().expectAtMost(0);
    return modules;
  }
}
