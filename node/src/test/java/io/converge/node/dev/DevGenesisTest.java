package io.converge.node.dev;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.chain.config.GenesisConfig;
import io.converge.protocol.fork.ForkRules;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevGenesisTest {
  @TempDir Path dataDir;

  @Test
  void generatedGenesisIsAMergedCancunChainWithFundedAccountsAndTheBeaconRootsContract() throws Exception {
    GenesisConfig genesis = DevGenesis.loadOrCreate(dataDir, ChainId.of(1337), DevAccounts.first(3));

    assertThat(genesis.chainId()).isEqualTo(ChainId.of(1337));
    assertThat(genesis.genesisFork()).isEqualTo(Fork.CANCUN);
    assertThat(genesis.forks().terminalTotalDifficulty()).contains(BigInteger.ZERO);
    assertThat(genesis.gasLimit()).isEqualTo(30_000_000L);
    assertThat(genesis.baseFeePerGas()).contains(Wei.of(1_000_000_000L));
    assertThat(genesis.alloc()).hasSize(4);
    assertThat(genesis.alloc().get(DevAccounts.address(DevAccounts.first(1).get(0))).balance().value())
        .isEqualTo(BigInteger.TEN.pow(22));
    assertThat(genesis.alloc().get(ForkRules.BEACON_ROOTS_ADDRESS).code())
        .isEqualTo(Bytes.fromHex(DevGenesis.BEACON_ROOTS_CODE));
  }

  @Test
  void anExistingGenesisFileWinsOverNewParameters() throws Exception {
    GenesisConfig first = DevGenesis.loadOrCreate(dataDir, ChainId.of(1337), DevAccounts.first(2));
    String text = Files.readString(dataDir.resolve(DevGenesis.FILE_NAME));

    GenesisConfig second = DevGenesis.loadOrCreate(dataDir, ChainId.of(31337), DevAccounts.first(5));

    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(dataDir.resolve(DevGenesis.FILE_NAME))).isEqualTo(text);
  }
}
