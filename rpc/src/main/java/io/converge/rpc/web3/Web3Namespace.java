package io.converge.rpc.web3;

import io.converge.rpc.method.Namespace;

/** The {@code web3} namespace; it needs nothing from the chain. */
public final class Web3Namespace {
  private Web3Namespace() {}

  public static Namespace create(String clientVersion) {
    return Namespace.of("web3", new ClientVersionMethod(clientVersion), new Sha3Method());
  }
}
