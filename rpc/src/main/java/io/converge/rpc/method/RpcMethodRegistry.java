package io.converge.rpc.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The methods one server answers, fixed when it is built. The {@code rpc} namespace ({@code rpc_modules}) is added
 * here because it describes the registry itself.
 */
public final class RpcMethodRegistry {
  private final Map<String, RpcMethod> methods;
  private final SortedSet<String> namespaces;

  private RpcMethodRegistry(Map<String, RpcMethod> methods, SortedSet<String> namespaces) {
    this.methods = methods;
    this.namespaces = namespaces;
  }

  public static RpcMethodRegistry of(Namespace... namespaces) {
    return of(List.of(namespaces));
  }

  public static RpcMethodRegistry of(List<Namespace> namespaces) {
    Map<String, RpcMethod> methods = new HashMap<>();
    SortedSet<String> names = new TreeSet<>();
    List<Namespace> all = new ArrayList<>(namespaces);
    SortedSet<String> served = new TreeSet<>();
    all.forEach(n -> served.add(n.name()));
    served.add(RpcModulesMethod.NAMESPACE);
    all.add(Namespace.of(RpcModulesMethod.NAMESPACE, new RpcModulesMethod(served)));
    for (Namespace namespace : all) {
      if (!names.add(namespace.name())) {
        throw new IllegalArgumentException("namespace " + namespace.name() + " is registered twice");
      }
      namespace.methods().forEach(m -> methods.put(m.name(), m));
    }
    return new RpcMethodRegistry(Map.copyOf(methods), names);
  }

  public Optional<RpcMethod> find(String name) {
    return Optional.ofNullable(methods.get(name));
  }

  /** The namespaces served, in name order. */
  public SortedSet<String> namespaces() {
    return namespaces;
  }
}
