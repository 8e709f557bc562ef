package io.converge.chain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.chain.GenesisBlock;
import io.converge.state.StateDatabase;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GenesisConfigTest {

  static String resource(String name) throws IOException {
    try (InputStream in = GenesisConfigTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void parsesAMainnetLikeGenesisWithItsForkSchedule() throws Exception {
    GenesisConfig config = GenesisConfig.parse(resource("mainnet-like-genesis.json"));

    assertThat(config.chainId()).isEqualTo(ChainId.MAINNET);
    assertThat(config.nonce()).isEqualTo(0x42);
    assertThat(config.gasLimit()).isEqualTo(5000);
    assertThat(config.difficulty()).isEqualTo(new UInt256(BigInteger.valueOf(0x400000000L)));
    assertThat(config.alloc()).containsEntry(Address.fromHex("001762430ea9c3a26e5749afdb70da5f78ddbb8c"),
        GenesisAccount.withBalance(new Wei(new BigInteger("ad78ebc5ac6200000", 16))));
    assertThat(config.alloc().get(Address.fromHex("000d836201318ec6899a67540690382780743280")).balance())
        .isEqualTo(new Wei(new BigInteger("200000000000000000000")));
    assertThat(config.blobSchedule()).containsEntry(Fork.CANCUN, new BlobSchedule(3, 6, 3_338_477));

    ForkSchedule forks = config.forks();
    assertThat(forks.daoForkBlock()).hasValue(1_920_000);
    assertThat(forks.terminalTotalDifficulty()).hasValue(new BigInteger("58750000000000000000000"));
    assertThat(forks.forkAt(0, 0, false)).isEqualTo(Fork.FRONTIER);
    assertThat(forks.forkAt(1_150_000, 0, false)).isEqualTo(Fork.HOMESTEAD);
    assertThat(forks.forkAt(2_675_000, 0, false)).isEqualTo(Fork.SPURIOUS_DRAGON);
    assertThat(forks.forkAt(7_280_000, 0, false)).isEqualTo(Fork.PETERSBURG);
    assertThat(forks.forkAt(15_049_999, 0, false)).isEqualTo(Fork.ARROW_GLACIER);
    assertThat(forks.forkAt(15_537_394, 1_663_224_179, true)).isEqualTo(Fork.PARIS);
    assertThat(forks.forkAt(17_034_870, 1_681_338_455, true)).isEqualTo(Fork.SHANGHAI);
    assertThat(forks.forkAt(19_426_587, 1_710_338_135, true)).isEqualTo(Fork.CANCUN);
  }

  @Test
  void buildsTheMainnetGenesisHeaderFromTheConfig() throws Exception {
    GenesisConfig config = GenesisConfig.parse(resource("mainnet-like-genesis.json"));
    BlockHeader header = GenesisBlock.build(config, StateDatabase.inMemory().empty()).header();
    // With mainnet's full allocation the state root is this one; the other fields come from the config.
    BlockHeader mainnet = header.toBuilder()
        .stateRoot(Hash.fromHex("d7f8974fb5ac78d9ac099b9ad5018bedc2ce0a72dad1827a1709da30580f0544")).build();

    assertThat(mainnet.hash())
        .isEqualTo(Hash.fromHex("d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"));
    assertThat(header.baseFeePerGas()).isEmpty();
  }

  @Test
  void buildsADevGenesisWithTheCancunHeaderFieldsAndAllocatedCodeAndStorage() throws Exception {
    GenesisConfig config = GenesisConfig.parse(resource("dev-genesis.json"));
    var state = StateDatabase.inMemory().empty();
    BlockHeader header = GenesisBlock.build(config, state).header();
    Address contract = Address.fromHex("1000000000000000000000000000000000000001");

    assertThat(config.chainId()).isEqualTo(ChainId.of(1337));
    assertThat(config.genesisFork()).isEqualTo(Fork.CANCUN);
    assertThat(header.baseFeePerGas()).hasValue(Wei.of(1_000_000_000));
    assertThat(header.withdrawalsRoot()).isPresent();
    assertThat(header.blobGasUsed()).hasValue(0);
    assertThat(header.excessBlobGas()).hasValue(0);
    assertThat(header.parentBeaconBlockRoot()).hasValue(Hash.ZERO);
    assertThat(header.gasLimit()).isEqualTo(30_000_000);
    assertThat(state.code(contract)).isEqualTo(Bytes.fromHex("60016000540160005500"));
    assertThat(state.nonce(contract)).isEqualTo(1);
    assertThat(state.storage(contract, UInt256.ZERO)).isEqualTo(UInt256.of(5));
    assertThat(header.stateRoot()).isEqualTo(state.rootHash());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not JSON                  | {                                                         | $",
      "missing config            | {\"gasLimit\":\"0x1388\"}                                     | config",
      "missing chain id          | {\"config\":{},\"gasLimit\":\"0x1388\"}                         | config.chainId",
      "zero chain id             | {\"config\":{\"chainId\":0},\"gasLimit\":\"0x1388\"}              | config.chainId",
      "fork block not a number   | {\"config\":{\"chainId\":1,\"londonBlock\":\"soon\"},\"gasLimit\":\"0x1388\"} | config.londonBlock",
      "negative fork block       | {\"config\":{\"chainId\":1,\"berlinBlock\":-1},\"gasLimit\":\"0x1388\"} | config.berlinBlock",
      "time fork without TTD     | {\"config\":{\"chainId\":1,\"shanghaiTime\":0},\"gasLimit\":\"0x1388\"} | config.shanghaiTime",
      "unknown blob fork         | {\"config\":{\"chainId\":1,\"blobSchedule\":{\"osaka\":{}}},\"gasLimit\":\"0x1388\"} | config.blobSchedule.osaka",
      "missing gas limit         | {\"config\":{\"chainId\":1}}                                  | gasLimit",
      "gas limit too small       | {\"config\":{\"chainId\":1},\"gasLimit\":\"4999\"}                | gasLimit",
      "gas limit over 64 bits    | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x10000000000000000\"}  | gasLimit",
      "extra data too long       | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x1388\",\"extraData\":\"0x000000000000000000000000000000000000000000000000000000000000000000\"} | extraData",
      "odd extra data            | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x1388\",\"extraData\":\"0x123\"} | extraData",
      "short mix hash            | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x1388\",\"mixHash\":\"0x00\"} | mixHash",
      "bad coinbase              | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x1388\",\"coinbase\":\"0x12\"} | coinbase",
      "short alloc address       | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x1388\",\"alloc\":{\"0x12\":{\"balance\":\"1\"}}} | alloc.0x12",
      "alloc without balance     | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x1388\",\"alloc\":{\"1000000000000000000000000000000000000001\":{}}} | alloc.1000000000000000000000000000000000000001.balance",
      "bad storage value         | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x1388\",\"alloc\":{\"1000000000000000000000000000000000000001\":{\"balance\":\"1\",\"storage\":{\"0x01\":\"0xzz\"}}}} | alloc.1000000000000000000000000000000000000001.storage.0x01",
      "bad code                  | {\"config\":{\"chainId\":1},\"gasLimit\":\"0x1388\",\"alloc\":{\"1000000000000000000000000000000000000001\":{\"balance\":\"1\",\"code\":\"0x6\"}}} | alloc.1000000000000000000000000000000000000001.code",
  })
  void namesTheOffendingField(String description, String json, String field) {
    assertThatThrownBy(() -> GenesisConfig.parse(json))
        .isInstanceOf(GenesisConfigException.class)
        .satisfies(e -> assertThat(((GenesisConfigException) e).field()).isEqualTo(field));
  }
}
