package io.converge.rpc.method;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A group of methods sharing a prefix ({@code eth}, {@code net}, {@code web3}, {@code converge}). The composition root
 * builds namespaces from whatever implements them; rpc only serves them.
 */
public record Namespace(String name, List<RpcMethod> methods) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");

  public Namespace {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("namespace must be lower-case letters and digits: " + name);
    }
    methods = List.copyOf(methods);
    Set<String> seen = new HashSet<>();
    for (RpcMethod method : methods) {
      if (!method.name().startsWith(name + "_") || method.name().length() == name.length() + 1) {
        throw new IllegalArgumentException("method " + method.name() + " is not in namespace " + name);
      }
      if (!seen.add(method.name())) {
        throw new IllegalArgumentException("method " + method.name() + " is registered twice");
      }
    }
  }

  public static Namespace of(String name, RpcMethod... methods) {
    return new Namespace(name, List.of(methods));
  }
}
