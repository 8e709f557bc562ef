package io.converge.chain.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Fork;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ForkScheduleTest {

  @Test
  void activatesBlockForksAtTheirNumber() {
    ForkSchedule s = ForkSchedule.builder().activate(Fork.HOMESTEAD, 0).activate(Fork.TANGERINE_WHISTLE, 5).build();
    assertThat(s.forkAt(4, 0, false)).isEqualTo(Fork.HOMESTEAD);
    assertThat(s.forkAt(5, 0, false)).isEqualTo(Fork.TANGERINE_WHISTLE);
  }

  @Test
  void mergesWhenTheParentReachesTheTerminalTotalDifficulty() {
    ForkSchedule s = ForkSchedule.builder().activate(Fork.LONDON, 0).terminalTotalDifficulty(BigInteger.valueOf(100))
        .build();
    assertThat(s.isMerged(BigInteger.valueOf(99))).isFalse();
    assertThat(s.isMerged(BigInteger.valueOf(100))).isTrue();
    assertThat(s.forkAt(10, 0, s.isMerged(BigInteger.valueOf(100)))).isEqualTo(Fork.PARIS);
  }

  @Test
  void neverMergesWithoutATerminalTotalDifficulty() {
    ForkSchedule s = ForkSchedule.allFrom(Fork.GRAY_GLACIER);
    assertThat(s.isMerged(BigInteger.TEN.pow(30))).isFalse();
  }

  @Test
  void activatesTimeForksAtTheirTimestamp() {
    ForkSchedule s = ForkSchedule.builder().activate(Fork.LONDON, 0).activate(Fork.PARIS, 0)
        .activate(Fork.SHANGHAI, 15_000).build();
    assertThat(s.forkAt(3, 14_999, true)).isEqualTo(Fork.PARIS);
    assertThat(s.forkAt(4, 15_000, true)).isEqualTo(Fork.SHANGHAI);
  }

  @Test
  void activatesEveryForkUpToTheGivenOneFromGenesis() {
    ForkSchedule s = ForkSchedule.allFrom(Fork.CANCUN);
    assertThat(s.forkAt(0, 0, s.isMerged(BigInteger.ZERO))).isEqualTo(Fork.CANCUN);
    assertThat(s.timeActivations()).doesNotContainKey(Fork.PRAGUE);
  }
}
