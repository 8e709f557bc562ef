package io.converge.ai.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmlsimReaderTest {
  private static final String HEADER = "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id\n";

  @Test
  void reportsMalformedRowsWithTheirLineNumbersAndKeepsTheRest() throws IOException {
    String csv = HEADER
        + "1,10,20,TRANSFER,100.5,2017-01-01T00:00:00Z,False,-1\n" // line 2: fine
        + "2,10,20,TRANSFER,abc,2017-01-01T00:00:00Z,False,-1\n" // line 3: bad amount
        + "3,10,TRANSFER,100,2017-01-01T00:00:00Z,False,-1\n" // line 4: missing field
        + "4,10,20,TRANSFER,50,yesterday,False,-1\n" // line 5: bad timestamp
        + "5,x7,20,TRANSFER,50,2017-01-02T00:00:00Z,False,-1\n" // line 6: bad account
        + "6,11,21,TRANSFER,-5,2017-01-02T00:00:00Z,True,3\n" // line 7: negative amount
        + "7,11,21,TRANSFER,75,2017-01-02T00:00:00Z,True,3\n"; // line 8: fine
    AmlsimDataset data = AmlsimReader.parse(new BufferedReader(new StringReader(csv)), "transactions.csv");

    assertThat(data.errors()).extracting(RowError::line).containsExactly(3L, 4L, 5L, 6L, 7L);
    assertThat(data.errors().get(1).reason()).contains("expected 8 fields, found 7");
    assertThat(data.errors().get(2).toString()).startsWith("transactions.csv:5: bad tran_timestamp");
    assertThat(data.transfers()).extracting(t -> t.transfer().id()).containsExactly(1L, 7L);
    assertThat(data.transfers().get(1).suspicious()).isTrue();
    assertThat(data.transfers().get(1).alertId()).isEqualTo(3);
  }

  @Test
  void reportsAHeaderWithoutRequiredColumns() throws IOException {
    AmlsimDataset data = AmlsimReader.parse(new BufferedReader(new StringReader("a,b\n1,2\n")), "t.csv");
    assertThat(data.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.reason()).contains("tran_id");
    });
  }

  @Test
  void aDirectoryWithoutTransactionsIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> AmlsimReader.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("transactions.csv");
  }
}
