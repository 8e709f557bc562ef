package io.converge.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RlpWriterTest {
  private static final HexFormat HEX = HexFormat.of();

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void encodesTheYellowPaperExamples() {
    assertThat(hex(RlpWriter.encodeBytes(ascii("dog")))).isEqualTo("83646f67");
    assertThat(hex(new RlpWriter().startList().writeBytes(ascii("cat")).writeBytes(ascii("dog")).endList()
        .toByteArray())).isEqualTo("c88363617483646f67");
    assertThat(hex(RlpWriter.encodeBytes(new byte[0]))).isEqualTo("80");
    assertThat(hex(RlpWriter.encodeList())).isEqualTo("c0");
    assertThat(hex(new RlpWriter().writeLong(0).toByteArray())).isEqualTo("80");
    assertThat(hex(RlpWriter.encodeBytes(new byte[] {0}))).isEqualTo("00");
    assertThat(hex(new RlpWriter().writeLong(15).toByteArray())).isEqualTo("0f");
    assertThat(hex(new RlpWriter().writeLong(1024).toByteArray())).isEqualTo("820400");
  }

  @Test
  void encodesTheSetTheoreticRepresentationOfThree() {
    // [ [], [[]], [ [], [[]] ] ]
    RlpWriter w = new RlpWriter();
    w.startList();
    w.startList().endList();
    w.startList().startList().endList().endList();
    w.startList().startList().endList().startList().startList().endList().endList().endList();
    w.endList();
    assertThat(hex(w.toByteArray())).isEqualTo("c7c0c1c0c3c0c1c0");
  }

  @ParameterizedTest(name = "{0} byte string takes header {1}")
  @CsvSource({"0,80", "2,82", "55,b7", "56,b838", "255,b8ff", "256,b90100", "65535,b9ffff", "65536,ba010000"})
  void stringHeaderSwitchesToLongFormAtFiftySixBytes(int length, String header) {
    byte[] payload = new byte[length];
    Arrays.fill(payload, (byte) 0xaa);
    byte[] encoded = RlpWriter.encodeBytes(payload);
    assertThat(hex(Arrays.copyOf(encoded, header.length() / 2))).isEqualTo(header);
    assertThat(encoded).hasSize(header.length() / 2 + length);
    assertThat(new RlpWriter().writeBytes(payload).toByteArray()).isEqualTo(encoded);
  }

  @ParameterizedTest(name = "list of {0} payload bytes takes header {1}")
  @CsvSource({"0,c0", "55,f7", "56,f838", "256,f90100", "70000,fa011170"})
  void listHeaderSwitchesToLongFormAtFiftySixBytes(int payloadLength, String header) {
    RlpWriter w = new RlpWriter().startList();
    for (int i = 0; i < payloadLength; i++) {
      w.writeLong(1);
    }
    byte[] encoded = w.endList().toByteArray();
    assertThat(hex(Arrays.copyOf(encoded, header.length() / 2))).isEqualTo(header);
    assertThat(encoded).hasSize(header.length() / 2 + payloadLength);
  }

  @ParameterizedTest(name = "{0} encodes as {1}")
  @CsvSource({
      "0,80", "1,01", "127,7f", "128,8180", "255,81ff", "256,820100", "65535,82ffff", "16777216,8401000000",
      "9223372036854775807,887fffffffffffffff", "-9223372036854775808,888000000000000000", "-1,88ffffffffffffffff"})
  void writesLongsAsMinimalUnsignedBigEndian(long value, String expected) {
    assertThat(hex(new RlpWriter().writeLong(value).toByteArray())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} encodes as {1}")
  @CsvSource({
      "0,80", "127,7f", "128,8180", "18446744073709551615,88ffffffffffffffff",
      "18446744073709551616,89010000000000000000",
      "115792089237316195423570985008687907853269984665640564039457584007913129639935,"
          + "a0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
      "115792089237316195423570985008687907853269984665640564039457584007913129639936,"
          + "a1010000000000000000000000000000000000000000000000000000000000000000"})
  void writesBigIntegersWithoutSignOrLeadingZeroBytes(String value, String expected) {
    assertThat(hex(new RlpWriter().writeBigInteger(new BigInteger(value)).toByteArray())).isEqualTo(expected);
  }

  @Test
  void writesIntsLikeLongs() {
    assertThat(new RlpWriter().writeInt(Integer.MAX_VALUE).toByteArray())
        .isEqualTo(new RlpWriter().writeLong(Integer.MAX_VALUE).toByteArray());
  }

  @Test
  void rejectsNegativeIntegersAsCallerBugs() {
    assertThatThrownBy(() -> new RlpWriter().writeInt(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RlpWriter().writeBigInteger(BigInteger.valueOf(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rawItemsAreCopiedVerbatimAndCountTowardsTheListLength() {
    byte[] dog = RlpWriter.encodeBytes(ascii("dog"));
    byte[] viaRaw = new RlpWriter().startList().writeRaw(dog).writeRaw(dog).endList().toByteArray();
    assertThat(viaRaw).isEqualTo(RlpWriter.encodeList(dog, dog));
    assertThat(hex(viaRaw)).isEqualTo("c883646f6783646f67");
  }

  @Test
  void staticListEncodingAgreesWithTheStreamingWriter() {
    byte[] big = new byte[100];
    byte[] inner = RlpWriter.encodeList(RlpWriter.encodeBytes(big), RlpWriter.encodeBytes(new byte[] {5}));
    byte[] outer = RlpWriter.encodeList(inner, RlpWriter.encodeList());
    byte[] streamed = new RlpWriter()
        .startList().startList().writeBytes(big).writeLong(5).endList().startList().endList().endList()
        .toByteArray();
    assertThat(streamed).isEqualTo(outer);
    assertThat(hex(Arrays.copyOf(outer, 4))).isEqualTo("f86af867");
  }

  @Test
  void listsStartingAtTheSamePositionNestInOrder() {
    byte[] encoded = new RlpWriter().startList().startList().startList().writeLong(1).endList().endList()
        .writeLong(2).endList().toByteArray();
    assertThat(hex(encoded)).isEqualTo("c4c2c10102");
  }

  @Test
  void writesSeveralTopLevelItemsBackToBack() {
    byte[] encoded = new RlpWriter().writeLong(1).startList().endList().writeLong(2).toByteArray();
    assertThat(hex(encoded)).isEqualTo("01c002");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // hang guard only: a quadratic writer would not finish
  void deepNestingIsEncodedInOnePass() {
    int depth = 200_000;
    RlpWriter w = new RlpWriter();
    for (int i = 0; i < depth; i++) {
      w.startList();
    }
    for (int i = 0; i < depth; i++) {
      w.endList();
    }
    byte[] encoded = w.toByteArray();
    RlpReader r = new RlpReader(encoded);
    for (int i = 0; i < depth; i++) {
      assertThat(r.position()).isLessThan(encoded.length);
      try {
        r.enterList();
      } catch (RlpException e) {
        throw new AssertionError("level " + i + ": " + e.getMessage(), e);
      }
    }
    assertThat(r.hasMoreInList()).isFalse();
    // The innermost lists are c0, c1, ...; the outermost one needs a three-byte length.
    assertThat(encoded[encoded.length - 1]).isEqualTo((byte) 0xc0);
    assertThat(encoded[0] & 0xff).isEqualTo(0xfa);
  }

  @Test
  void refusesToProduceAnEncodingWithOpenLists() {
    RlpWriter w = new RlpWriter().startList();
    assertThatThrownBy(w::toByteArray).isInstanceOf(IllegalStateException.class).hasMessageContaining("open");
    assertThatThrownBy(() -> new RlpWriter().endList()).isInstanceOf(IllegalStateException.class);
  }
}
