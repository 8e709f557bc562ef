package io.converge.chain;

import io.converge.chain.config.GenesisConfig;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The genesis files under {@code src/test/resources}: a proof-of-work London chain and a Cancun dev chain. */
final class TestGenesis {
  private TestGenesis() {}

  static GenesisConfig load(String name) throws Exception {
    try (InputStream in = TestGenesis.class.getResourceAsStream("/" + name)) {
      return GenesisConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
