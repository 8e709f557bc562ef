package io.converge.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.HexFormat;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RlpReaderTest {
  private static final HexFormat HEX = HexFormat.of();

  private static byte[] bytes(String hex) {
    return HEX.parseHex(hex);
  }

  private static String repeat(String hexByte, int times) {
    return hexByte.repeat(times);
  }

  private static RlpException rejection(ThrowingCallable call) {
    RlpException e = catchThrowableOfType(RlpException.class, call);
    assertThat(e).as("expected an RlpException").isNotNull();
    assertThat(e.getMessage()).contains("at offset " + e.offset());
    return e;
  }

  /** Decodes {@code hex} generically and returns the rejection. */
  private static RlpException decodeRejection(String hex) {
    return rejection(() -> RlpItem.decode(bytes(hex)));
  }

  @ParameterizedTest(name = "{0}: {2} at {1}")
  @CsvSource(delimiter = '|', value = {
      // nothing to read
      "''                         | 0 | unexpected end of input",
      // single bytes below 0x80 must be their own encoding
      "8100                       | 0 | non-canonical length at offset 0: 0x81 followed by a single byte < 0x80",
      "817f                       | 0 | 0x81 followed by a single byte < 0x80 (0x7f)",
      "c3810000                   | 1 | 0x81 followed by a single byte < 0x80",
      // long form with a length that has leading zeros or fits the short form
      "b800                       | 0 | length has a leading zero byte",
      "f800                       | 0 | length has a leading zero byte",
      "b90038                     | 0 | length has a leading zero byte",
      "b837                       | 0 | long form used for a payload of 55 (< 56) bytes",
      "b801ff                     | 0 | long form used for a payload of 1",
      "f803112233                 | 0 | long form used for a payload of 3",
      "c4f8018000                 | 1 | non-canonical length",
      // lengths that do not fit in an int
      "bf0f000000000000021111     | 0 | length too large at offset 0: 8 length bytes",
      "ff0f000000000000021111     | 0 | length too large",
      "bbffffffff                 | 0 | 4294967295 does not fit in an int",
      "fb80000000                 | 0 | 2147483648 does not fit in an int",
      // lengths that overrun the input, decided before anything is allocated
      "81                         | 0 | item overruns the input at offset 0: header 0x81 claims 1 payload byte(s), only 0",
      "bb7fffffff                 | 0 | claims 2147483647 payload byte(s), only 0 left in the input",
      "ba010000aabbccddeeff       | 0 | item overruns the input",
      "c5010203                   | 0 | item overruns the input",
      "f90180                     | 0 | item overruns the input",
      "b9                         | 0 | truncated length at offset 0: 0xb9 announces 2 length byte(s), only 0 left",
      "f901                       | 0 | truncated length",
      // lengths that overrun the enclosing list
      "c2c3010203                 | 1 | item overruns its list at offset 1",
      "c3c30102                   | 1 | item overruns its list",
      "c1f9                       | 1 | truncated length at offset 1: 0xf9 announces 2 length byte(s), only 0 left in the "
          + "enclosing list",
      // trailing bytes after the top-level item
      "c000                       | 1 | trailing bytes at offset 1: 1 byte(s) after the top-level item",
      "8000                       | 1 | trailing bytes",
      "0102                       | 1 | trailing bytes",
  })
  void rejectsNonCanonicalInputWithTheOffendingOffset(String hex, int offset, String message) {
    RlpException e = decodeRejection(hex);
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e.getMessage()).contains(message);
  }

  @Test
  void rejectsLongFormBelowFiftySixButAcceptsItAtFiftySix() throws RlpException {
    String payload55 = repeat("aa", 55);
    assertThat(decodeRejection("b837" + payload55).getMessage()).contains("non-canonical length");
    assertThat(decodeRejection("f837" + repeat("01", 55)).getMessage()).contains("non-canonical length");
    assertThat(RlpItem.decode(bytes("b838" + repeat("aa", 56)))).isEqualTo(new RlpString(bytes(repeat("aa", 56))));
    assertThat(RlpItem.decode(bytes("b7" + payload55))).isEqualTo(new RlpString(bytes(payload55)));
  }

  @Test
  void failsFastOnAHugeClaimedLength() {
    // Five bytes claiming close to 2 GB (and more in the invalid variants): nothing may be allocated for it.
    for (String hex : new String[] {"bb7fffffff", "fb7fffffff", "bbffffffff00", "bf7fffffffffffffff"}) {
      RlpException e = rejection(() -> new RlpReader(bytes(hex)).readBytes());
      assertThat(e.offset()).isZero();
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"80,0", "01,1", "7f,127", "8180,128", "820400,1024", "887fffffffffffffff,9223372036854775807",
      "88ffffffffffffffff,-1"})
  void readsCanonicalLongs(String hex, long expected) throws RlpException {
    RlpReader r = new RlpReader(bytes(hex));
    assertThat(r.readLong()).isEqualTo(expected);
    r.finish();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "00                     | 0 | non-canonical integer at offset 0: leading zero byte",
      "820001                 | 0 | non-canonical integer",
      "8100                   | 0 | non-canonical length",
      "89010000000000000000   | 0 | integer too large at offset 0: 9 bytes, at most 8 allowed",
      "c0                     | 0 | expected a string at offset 0: found a list of 0 bytes",
  })
  void rejectsNonCanonicalLongs(String hex, int offset, String message) {
    RlpException e = rejection(() -> new RlpReader(bytes(hex)).readLong());
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e.getMessage()).contains(message);
  }

  @Test
  void readIntAcceptsOnlyWhatFitsAnInt() throws RlpException {
    assertThat(new RlpReader(bytes("847fffffff")).readInt()).isEqualTo(Integer.MAX_VALUE);
    RlpReader r = new RlpReader(bytes("c6" + "01" + "8480000000"));
    r.enterList();
    assertThat(r.readInt()).isEqualTo(1);
    RlpException e = rejection(r::readInt);
    assertThat(e.offset()).isEqualTo(2);
    assertThat(e.getMessage()).contains("2147483648 does not fit in an int");
    assertThat(r.position()).as("a failed read does not move the reader").isEqualTo(2);
  }

  @Test
  void readsBigIntegersAndBoundsUInt256ToThirtyTwoBytes() throws RlpException {
    String max256 = "a0" + repeat("ff", 32);
    assertThat(new RlpReader(bytes(max256)).readUInt256()).isEqualTo(BigInteger.TWO.pow(256).subtract(BigInteger.ONE));
    assertThat(new RlpReader(bytes("80")).readUInt256()).isZero();
    String over = "a101" + repeat("00", 32);
    assertThat(new RlpReader(bytes(over)).readBigInteger()).isEqualTo(BigInteger.TWO.pow(256));
    assertThat(rejection(() -> new RlpReader(bytes(over)).readUInt256()).getMessage())
        .contains("33 bytes, at most 32 allowed");
    assertThat(rejection(() -> new RlpReader(bytes("a000" + repeat("ff", 31))).readBigInteger()).getMessage())
        .contains("leading zero byte");
  }

  @Test
  void walksNestedListsAndReportsTheirEnds() throws RlpException {
    // [ "cat", [1, 2], "" ]
    byte[] data = bytes("c883636174c2010280");
    RlpReader r = new RlpReader(data);
    assertThat(r.nextIsList()).isTrue();
    assertThat(r.enterList()).isEqualTo(data.length);
    assertThat(r.nextIsList()).isFalse();
    assertThat(r.readBytes()).isEqualTo("cat".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(r.enterList()).isEqualTo(8);
    assertThat(r.readLong()).isEqualTo(1);
    assertThat(r.hasMoreInList()).isTrue();
    assertThat(r.readInt()).isEqualTo(2);
    assertThat(r.hasMoreInList()).isFalse();
    r.leaveList();
    assertThat(r.nextIsEmptyString()).isTrue();
    assertThat(r.readBytes()).isEmpty();
    assertThat(r.hasMoreInList()).isFalse();
    r.leaveList();
    assertThat(r.isAtEnd()).isTrue();
    r.finish();
  }

  @Test
  void refusesToLeaveAListThatWasNotFullyRead() throws RlpException {
    RlpReader r = new RlpReader(bytes("c3010203"));
    r.enterList();
    r.readLong();
    RlpException e = rejection(r::leaveList);
    assertThat(e.offset()).isEqualTo(2);
    assertThat(e.getMessage()).contains("list not fully read at offset 2: 2 unread byte(s) before the list ends at 4");
  }

  @Test
  void refusesToReadPastTheEndOfAList() throws RlpException {
    RlpReader r = new RlpReader(bytes("c10102"));
    r.enterList();
    r.readLong();
    RlpException e = rejection(r::readBytes);
    assertThat(e.offset()).isEqualTo(2);
    assertThat(e.getMessage()).contains("end of list");
    assertThat(rejection(r::nextIsList).offset()).isEqualTo(2);
  }

  @Test
  void distinguishesListsFromStrings() {
    assertThat(rejection(() -> new RlpReader(bytes("c0")).readBytes()).getMessage()).contains("expected a string");
    assertThat(rejection(() -> new RlpReader(bytes("83646f67")).enterList()).getMessage())
        .contains("expected a list at offset 0: found a string of 3 bytes");
  }

  @Test
  void rawItemsAndSkippedItemsAreCheckedAllTheWayDown() throws RlpException {
    RlpReader r = new RlpReader(bytes("c6c301c1020304"), 0, 7);
    r.enterList();
    assertThat(HEX.formatHex(r.readRawItem())).isEqualTo("c301c102");
    r.skipItem();
    r.skipItem();
    r.leaveList();
    r.finish();

    RlpException e = rejection(() -> new RlpReader(bytes("c3c2c301")).skipItem());
    assertThat(e.offset()).isEqualTo(2);
    assertThat(e.getMessage()).contains("item overruns its list");
    assertThat(rejection(() -> new RlpReader(bytes("c4c38100ff")).readRawItem()).offset()).isEqualTo(2);
  }

  @Test
  void reportsAbsoluteOffsetsWhenReadingASlice() {
    byte[] data = bytes("ffffff" + "c3810000" + "ff");
    RlpReader r = new RlpReader(data, 3, 4);
    RlpException e = rejection(r::skipItem);
    assertThat(e.offset()).isEqualTo(4);
    RlpReader whole = new RlpReader(bytes("aa" + "c0" + "00"), 1, 2);
    assertThat(rejection(() -> {
      whole.skipItem();
      whole.finish();
    }).offset()).isEqualTo(2);
  }
}
