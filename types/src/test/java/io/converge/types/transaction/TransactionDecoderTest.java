package io.converge.types.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.DecodingException;
import io.converge.types.Wei;
import java.util.Arrays;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TransactionDecoderTest {
  private static final Address TO = Address.fromHex("0x3535353535353535353535353535353535353535");

  private static DynamicFeeTransaction typed() {
    return DynamicFeeTransaction.unsigned(ChainId.MAINNET, 1, Wei.of(1), Wei.of(2), 21_000, Optional.of(TO),
        Wei.ZERO, Bytes.EMPTY, AccessList.EMPTY).signedWith(TestKeys.KEY_ONE, Secp256k1.best());
  }

  private static LegacyTransaction legacy() {
    return LegacyTransaction.unsigned(1, Wei.of(1), 21_000, Optional.of(TO), Wei.ZERO, Bytes.EMPTY,
        Optional.of(ChainId.MAINNET)).signedWith(TestKeys.KEY_ONE, Secp256k1.best());
  }

  @Test
  void rejectsEmptyInputAtOffsetZero() {
    assertRejectedAt(() -> TransactionDecoder.decode(new byte[0]), 0, "empty");
  }

  @Test
  void rejectsRlpStringThatIsNeitherListNorType() {
    byte[] wrapped = RlpWriter.encodeBytes(legacy().encoded().toArray());

    assertRejectedAt(() -> TransactionDecoder.decode(wrapped), 0, "neither");
  }

  @Test
  void rejectsUnknownTypeBytes() {
    byte[] encoded = typed().encoded().toArray();
    for (int type : new int[] {0x00, 0x05, 0x7f}) {
      encoded[0] = (byte) type;
      assertRejectedAt(() -> TransactionDecoder.decode(encoded), 0, "unknown transaction type");
    }
  }

  @Test
  void rejectsTrailingBytesWithTheirOffset() {
    byte[] exact = typed().encoded().toArray();
    byte[] extended = Arrays.copyOf(exact, exact.length + 1);

    assertRejectedAt(() -> TransactionDecoder.decode(extended), exact.length, "trailing");
  }

  @Test
  void reportsOffsetsInTheCallersArrayForAWindow() {
    byte[] exact = typed().encoded().toArray();
    byte[] padded = new byte[exact.length + 10];
    System.arraycopy(exact, 0, padded, 5, exact.length);
    padded[5 + 3] = (byte) 0xc1; // chain id field turned into a list header

    assertRejectedAt(() -> TransactionDecoder.decode(padded, 5, exact.length), 5 + 3, "type 0x02");
  }

  @Test
  void decodesAWindowIntoAnIndependentCopy() throws DecodingException {
    byte[] exact = typed().encoded().toArray();
    byte[] padded = new byte[exact.length + 2];
    System.arraycopy(exact, 0, padded, 1, exact.length);

    Transaction tx = TransactionDecoder.decode(padded, 1, exact.length);
    Arrays.fill(padded, (byte) 0);

    assertThat(tx.encoded().toArray()).isEqualTo(exact);
    assertThat(tx).isEqualTo(typed());
  }

  @Test
  void rejectsBlobTransactionWithoutRecipient() {
    RlpWriter w = new RlpWriter();
    w.writeRaw(new byte[] {0x03}).startList()
        .writeLong(1).writeLong(0).writeLong(1).writeLong(2).writeLong(21_000)
        .writeBytes(new byte[0]) // no recipient: a blob transaction cannot create a contract
        .writeLong(0).writeBytes(new byte[0]).startList().endList()
        .writeLong(1).startList().writeBytes(new byte[32]).endList()
        .writeLong(0).writeLong(1).writeLong(1);
    byte[] noRecipient = w.endList().toByteArray();

    assertThatThrownBy(() -> TransactionDecoder.decode(noRecipient)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("address must be 20 bytes");
  }

  @Test
  void rejectsSetCodeTransactionWithoutRecipient() {
    RlpWriter w = new RlpWriter();
    w.writeRaw(new byte[] {0x04}).startList()
        .writeLong(1).writeLong(0).writeLong(1).writeLong(2).writeLong(21_000)
        .writeBytes(new byte[0]) // no recipient: a set-code transaction cannot create a contract
        .writeLong(0).writeBytes(new byte[0]).startList().endList()
        .startList().endList()
        .writeLong(0).writeLong(1).writeLong(1);
    byte[] noRecipient = w.endList().toByteArray();

    assertThatThrownBy(() -> TransactionDecoder.decode(noRecipient)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("address must be 20 bytes");
  }

  @Test
  void readsBlockListItemsOfBothForms() throws RlpException, DecodingException {
    RlpWriter w = new RlpWriter();
    w.startList();
    legacy().writeTo(w);
    typed().writeTo(w);
    byte[] list = w.endList().toByteArray();

    RlpReader r = new RlpReader(list);
    r.enterList();
    assertThat(TransactionDecoder.readFrom(r, list)).isEqualTo(legacy());
    assertThat(TransactionDecoder.readFrom(r, list)).isEqualTo(typed());
    assertThat(r.hasMoreInList()).isFalse();
  }

  @Test
  void rejectsLegacyTransactionWrappedAsABlockString() throws RlpException {
    RlpWriter w = new RlpWriter();
    w.startList().writeBytes(legacy().encoded().toArray());
    byte[] list = w.endList().toByteArray();
    RlpReader r = new RlpReader(list);
    r.enterList();

    assertThatThrownBy(() -> TransactionDecoder.readFrom(r, list)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("type byte");
  }

  private static void assertRejectedAt(ThrowingCallable call, int offset, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((DecodingException) e).offset())
        .isEqualTo(offset);
  }
}
