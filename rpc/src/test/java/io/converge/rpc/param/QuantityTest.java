package io.converge.rpc.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class QuantityTest {
  @Test
  void writesMinimalHex() {
    assertThat(Quantity.of(0).toHex()).isEqualTo("0x0");
    assertThat(Quantity.of(1024).toHex()).isEqualTo("0x400");
    assertThat(Quantity.hex(255)).isEqualTo("0xff");
    assertThat(new Quantity(BigInteger.TWO.pow(255)).toHex()).isEqualTo("0x8" + "0".repeat(63));
  }

  @Test
  void refusesNegativeValues() {
    assertThatThrownBy(() -> Quantity.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.hex(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
