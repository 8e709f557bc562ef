package io.converge.crypto.hd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Bip39WordListTest {
  @Test
  void holdsTheSortedOfficialEnglishList() {
    Bip39WordList list = Bip39WordList.ENGLISH;

    assertThat(list.words()).hasSize(2048).isSorted().doesNotHaveDuplicates();
    assertThat(list.word(0)).isEqualTo("abandon");
    assertThat(list.word(2047)).isEqualTo("zoo");
    assertThat(list.indexOf("zoo")).isEqualTo(2047);
    assertThat(list.indexOf("bitcoin")).isEqualTo(-1);
  }

  @Test
  void everyWordIsIdentifiedByItsFirstFourLetters() {
    assertThat(
            Bip39WordList.ENGLISH.words().stream()
                .map(w -> w.substring(0, Math.min(4, w.length())))
                .distinct()
                .count())
        .isEqualTo(2048);
  }
}
