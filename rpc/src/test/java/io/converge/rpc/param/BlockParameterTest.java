package io.converge.rpc.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.types.Hash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BlockParameterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HASH = "0x" + "12".repeat(32);

  @ParameterizedTest
  @EnumSource(BlockTag.class)
  void parsesEveryTag(BlockTag tag) throws Exception {
    assertThat(BlockParameter.parse(json("\"" + tag.jsonName() + "\""))).isEqualTo(tag);
    assertThat(BlockParameter.parseNumberOrTag(json("\"" + tag.jsonName() + "\""))).isEqualTo(tag);
  }

  @Test
  void parsesNumbersAndHashes() throws Exception {
    assertThat(BlockParameter.parse(json("\"0x1b4\""))).isEqualTo(new BlockParameter.Number(436));
    assertThat(BlockParameter.parse(json("\"" + HASH + "\"")))
        .isEqualTo(new BlockParameter.ByHash(Hash.fromHex(HASH), false));
  }

  @Test
  void parsesTheEip1898ObjectForm() throws Exception {
    assertThat(BlockParameter.parse(json("{\"blockNumber\":\"0x0\"}"))).isEqualTo(new BlockParameter.Number(0));
    assertThat(BlockParameter.parse(json("{\"blockNumber\":\"safe\"}"))).isEqualTo(BlockTag.SAFE);
    assertThat(BlockParameter.parse(json("{\"blockHash\":\"" + HASH + "\",\"requireCanonical\":true}")))
        .isEqualTo(new BlockParameter.ByHash(Hash.fromHex(HASH), true));
  }

  @Test
  void refusesAmbiguousOrEmptyObjects() {
    assertThatThrownBy(() -> BlockParameter.parse(json("{\"blockNumber\":\"0x1\",\"blockHash\":\"" + HASH + "\"}")))
        .hasMessage("cannot specify both BlockHash and BlockNumber, choose one or the other");
    assertThatThrownBy(() -> BlockParameter.parse(json("{}")))
        .hasMessage("invalid arguments; neither block nor hash specified");
  }

  @Test
  void refusesNumbersAsGethDoes() {
    assertThatThrownBy(() -> BlockParameter.parseNumberOrTag(json("\"0x01\"")))
        .hasMessage("hex number with leading zero digits");
    assertThatThrownBy(() -> BlockParameter.parseNumberOrTag(json("1"))).hasMessage("hex string without 0x prefix");
    assertThatThrownBy(() -> BlockParameter.parseNumberOrTag(json("\"\""))).hasMessage("empty hex string");
    assertThatThrownBy(() -> BlockParameter.parseNumberOrTag(json("\"0x8000000000000000\"")))
        .hasMessage("block number larger than int64");
    assertThatThrownBy(() -> BlockParameter.parse(json("\"0x8000000000000000\""))).hasMessage("blocknumber too high");
    assertThatThrownBy(() -> BlockParameter.parseNumberOrTag(json("\"0x10000000000000000\"")))
        .hasMessage("hex number > 64 bits");
    assertThatThrownBy(() -> BlockParameter.parse(json("\"newest\""))).hasMessage("hex string without 0x prefix");
  }

  @Test
  void numberOnlyParameterDoesNotAcceptHashes() {
    assertThatThrownBy(() -> BlockParameter.parseNumberOrTag(json("\"" + HASH + "\"")))
        .hasMessage("hex number > 64 bits");
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
