package io.converge.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.types.Bytes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CodecTest {
  @Test
  void uint64KeysSortAsUnsignedBytesInNumericOrder() {
    long[] numbers = {0, 1, 255, 256, 65_535, 1L << 40, Long.MAX_VALUE};
    for (int i = 1; i < numbers.length; i++) {
      byte[] a = Codec.UINT64.encode(numbers[i - 1]);
      byte[] b = Codec.UINT64.encode(numbers[i]);
      assertThat(Arrays.compareUnsigned(a, b)).isNegative();
      assertThat(Codec.UINT64.decode(b)).isEqualTo(numbers[i]);
    }
  }

  @Test
  void uint64RejectsNegativeNumbersAndWrongLengths() {
    assertThatThrownBy(() -> Codec.UINT64.encode(-1L)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Codec.UINT64.decode(new byte[7])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tablePrefixesTheEncodedKey() {
    Table<Long, Bytes> t = Table.of(Segment.META, Bytes.of((byte) 0xaa), Codec.UINT64, Codec.BYTES);
    assertThat(Bytes.wrap(t.encodeKey(1L)).toHex()).isEqualTo("0xaa0000000000000001");
  }
}
