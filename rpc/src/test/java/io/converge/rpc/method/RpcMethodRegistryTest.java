package io.converge.rpc.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RpcMethodRegistryTest {
  private static final RpcMethod.Body NOTHING = request -> null;

  @Test
  void servesRpcModulesListingEveryNamespace() throws Exception {
    RpcMethodRegistry registry = RpcMethodRegistry.of(
        Namespace.of("eth", RpcMethod.of("eth_chainId", NOTHING)), Namespace.of("web3"));

    assertThat(registry.namespaces()).containsExactly("eth", "rpc", "web3");
    Object modules = registry.find("rpc_modules").orElseThrow()
        .execute(new RpcRequest("rpc_modules", io.converge.rpc.param.RpcParams.none(), RpcSession.STATELESS));
    assertThat(modules).isEqualTo(java.util.Map.of("eth", "1.0", "rpc", "1.0", "web3", "1.0"));
  }

  @Test
  void refusesMethodsOutsideTheirNamespace() {
    assertThatThrownBy(() -> Namespace.of("eth", RpcMethod.of("net_version", NOTHING)))
        .hasMessageContaining("not in namespace eth");
    assertThatThrownBy(() -> Namespace.of("eth", RpcMethod.of("eth_", NOTHING)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesDuplicates() {
    assertThatThrownBy(() -> Namespace.of("eth", RpcMethod.of("eth_a", NOTHING), RpcMethod.of("eth_a", NOTHING)))
        .hasMessageContaining("registered twice");
    assertThatThrownBy(() -> RpcMethodRegistry.of(Namespace.of("eth"), Namespace.of("eth")))
        .hasMessageContaining("registered twice");
    assertThatThrownBy(() -> RpcMethodRegistry.of(Namespace.of("rpc")))
        .hasMessageContaining("registered twice");
  }
}
