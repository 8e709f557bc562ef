package io.converge.types.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogsBloomTest {
  static final Address EMITTER = Address.fromHex("0x1111111111111111111111111111111111111111");
  static final Hash TOPIC = Hash.fromHex("0x" + "01".repeat(32));
  static final Log LOG = new Log(EMITTER, List.of(TOPIC), Bytes.fromHex("0xcafe"));

  /** The bloom of {@link #EMITTER} and {@link #TOPIC}, computed with an independent implementation. */
  static final LogsBloom EXPECTED = bloomWithBytes(38, 0x08, 40, 0x10, 127, 0x10, 167, 0x01, 231, 0x02, 239, 0x04);

  private static LogsBloom bloomWithBytes(int... indexAndValue) {
    byte[] bits = new byte[LogsBloom.SIZE];
    for (int i = 0; i < indexAndValue.length; i += 2) {
      bits[indexAndValue[i]] = (byte) indexAndValue[i + 1];
    }
    return LogsBloom.wrap(bits);
  }

  @Test
  void setsThreeBitsPerAddressAndTopic() {
    assertThat(LogsBloom.of(List.of(LOG))).isEqualTo(EXPECTED);
  }

  @Test
  void containsWhatWasAddedAndNotOtherItems() {
    LogsBloom bloom = LogsBloom.of(List.of(LOG));

    assertThat(bloom.mightContain(EMITTER)).isTrue();
    assertThat(bloom.mightContain(TOPIC)).isTrue();
    assertThat(bloom.mightContain(Address.fromHex("0x2222222222222222222222222222222222222222"))).isFalse();
    assertThat(LogsBloom.EMPTY.mightContain(EMITTER)).isFalse();
  }

  @Test
  void unionContainsBothSides() {
    LogsBloom a = LogsBloom.of(List.of(LOG));
    Log other = new Log(Address.fromHex("0x2222222222222222222222222222222222222222"), List.of(), Bytes.EMPTY);
    LogsBloom b = LogsBloom.of(List.of(other));
    LogsBloom union = a.or(b);

    assertThat(union.containsAll(a)).isTrue();
    assertThat(union.containsAll(b)).isTrue();
    assertThat(a.containsAll(union)).isFalse();
    assertThat(new LogsBloom.Builder().add(a).add(b).build()).isEqualTo(union);
    assertThat(LogsBloom.EMPTY.isEmpty()).isTrue();
    assertThat(union.isEmpty()).isFalse();
  }
}
