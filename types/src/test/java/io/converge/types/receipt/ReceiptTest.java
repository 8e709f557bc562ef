package io.converge.types.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.Hex;
import io.converge.types.transaction.TransactionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptTest {

  @Test
  void encodesTypedReceiptBehindItsTypeByte() throws DecodingException {
    Receipt receipt = Receipt.of(TransactionType.DYNAMIC_FEE, ReceiptOutcome.success(), 21_000,
        List.of(LogsBloomTest.LOG));
    // Computed with an independent RLP encoder.
    byte[] expected = Hex.decode("0x02f9014501825208b90100" + LogsBloomTest.EXPECTED.toHex().substring(2)
        + "f83cf83a941111111111111111111111111111111111111111e1a0" + "01".repeat(32) + "82cafe");

    assertThat(receipt.encoded()).isEqualTo(expected);
    assertThat(Receipt.decode(expected)).isEqualTo(receipt);
  }

  @Test
  void encodesPreByzantiumReceiptWithStateRoot() throws DecodingException {
    Receipt receipt = Receipt.of(TransactionType.LEGACY,
        new ReceiptOutcome.StateRoot(Hash.fromHex("0x" + "cc".repeat(32))), 21_000, List.of(LogsBloomTest.LOG));

    assertThat(receipt.encoded()).hasSize(360);
    assertThat(Hash.keccak256(receipt.encoded()))
        .isEqualTo(Hash.fromHex("0x8253e66f123988c694297b0151cb93c19d06858702f6bf1f089f7314a1f436d6"));
    assertThat(Receipt.decode(receipt.encoded())).isEqualTo(receipt);
  }

  @Test
  void encodesFailureAsEmptyStatus() throws DecodingException {
    Receipt failed = Receipt.of(TransactionType.LEGACY, ReceiptOutcome.failure(), 50_000, List.of());

    assertThat(failed.encoded()[3]).isEqualTo((byte) 0x80);
    assertThat(Receipt.decode(failed.encoded())).isEqualTo(failed);
  }

  @Test
  void rejectsStatusThatIsNeitherZeroNorOne() {
    byte[] encoded = Receipt.of(TransactionType.LEGACY, ReceiptOutcome.success(), 0, List.of()).encoded();
    encoded[3] = 0x02;

    assertThatThrownBy(() -> Receipt.decode(encoded)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("outcome");
  }

  @Test
  void rejectsUnknownReceiptType() {
    byte[] encoded = Receipt.of(TransactionType.BLOB, ReceiptOutcome.success(), 0, List.of()).encoded();
    encoded[0] = 0x07;

    assertThatThrownBy(() -> Receipt.decode(encoded)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("0x07");
  }

  @Test
  void wrapsTypedReceiptsAsStringsInNetworkLists() throws Exception {
    Receipt typed = Receipt.of(TransactionType.ACCESS_LIST, ReceiptOutcome.success(), 1, List.of());
    Receipt legacy = Receipt.of(TransactionType.LEGACY, ReceiptOutcome.success(), 2, List.of());
    RlpWriter w = new RlpWriter();
    w.startList();
    typed.writeTo(w);
    legacy.writeTo(w);
    byte[] list = w.endList().toByteArray();

    RlpReader r = new RlpReader(list);
    r.enterList();
    assertThat(r.nextIsList()).isFalse();
    assertThat(Receipt.decode(r.readBytes())).isEqualTo(typed);
    assertThat(r.nextIsList()).isTrue();
    assertThat(Receipt.decode(r.readRawItem())).isEqualTo(legacy);
  }
}
