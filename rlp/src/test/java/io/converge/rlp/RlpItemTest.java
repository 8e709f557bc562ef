package io.converge.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RlpItemTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void randomTreesSurviveEncodeThenDecode() throws RlpException {
    RandomRlpTrees trees = new RandomRlpTrees(new SplittableRandom(20240601L));
    for (int i = 0; i < 2_000; i++) {
      RlpItem tree = trees.next(5);
      byte[] encoded = tree.encode();
      RlpItem decoded = RlpItem.decode(encoded);
      assertThat(decoded).as("tree %d", i).isEqualTo(tree);
      assertThat(decoded.encode()).isEqualTo(encoded);
    }
  }

  @Test
  void treeEncodingAgreesWithTheStreamingReader() throws RlpException {
    RlpItem tree = RlpList.of(RlpString.of((byte) 1), RlpList.of(), RlpString.of(new byte[60]));
    byte[] encoded = tree.encode();
    RlpReader r = new RlpReader(encoded);
    r.enterList();
    assertThat(r.readLong()).isEqualTo(1);
    r.enterList();
    r.leaveList();
    assertThat(r.readBytes()).hasSize(60);
    r.leaveList();
    r.finish();
  }

  @Test
  void integersDecodeToTheirMinimalBytes() throws RlpException {
    byte[] encoded = new RlpWriter().startList().writeLong(0).writeLong(1024)
        .writeBigInteger(BigInteger.TWO.pow(200)).endList().toByteArray();
    RlpList list = (RlpList) RlpItem.decode(encoded);
    assertThat(list.items()).hasSize(3);
    assertThat(((RlpString) list.items().get(0)).bytes()).isEmpty();
    assertThat(HEX.formatHex(((RlpString) list.items().get(1)).bytes())).isEqualTo("0400");
    assertThat(new BigInteger(1, ((RlpString) list.items().get(2)).bytes())).isEqualTo(BigInteger.TWO.pow(200));
  }

  @Test
  void acceptsNestingUpToTheDepthLimit() throws RlpException {
    RlpItem tree = nested(RlpItem.MAX_DEPTH);
    assertThat(RlpItem.decode(tree.encode())).isEqualTo(tree);
  }

  @Test
  void rejectsNestingBeyondTheDepthLimitWithoutOverflowingTheStack() {
    int depth = 100_000;
    RlpWriter w = new RlpWriter();
    for (int i = 0; i < depth; i++) {
      w.startList();
    }
    for (int i = 0; i < depth; i++) {
      w.endList();
    }
    byte[] encoded = w.toByteArray();
    RlpException e = catchThrowableOfType(RlpException.class, () -> RlpItem.decode(encoded));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("nesting too deep");
    // The offending list is the (MAX_DEPTH + 1)th; its header starts where MAX_DEPTH headers end.
    RlpReader r = new RlpReader(encoded);
    for (int i = 0; i < RlpItem.MAX_DEPTH; i++) {
      try {
        r.enterList();
      } catch (RlpException unexpected) {
        throw new AssertionError(unexpected);
      }
    }
    assertThat(e.offset()).isEqualTo(r.position());
  }

  @Test
  void encodesHandBuiltDeepTreesIteratively() {
    RlpItem tree = nested(50_000);
    byte[] encoded = tree.encode();
    assertThat(encoded[encoded.length - 1]).isEqualTo((byte) 0xc0);
  }

  @Test
  void decodeRequiresExactlyOneItem() {
    RlpException empty = catchThrowableOfType(RlpException.class, () -> RlpItem.decode(new byte[0]));
    assertThat(empty.offset()).isZero();
    RlpException two = catchThrowableOfType(RlpException.class, () -> RlpItem.decode(HEX.parseHex("0102")));
    assertThat(two.offset()).isEqualTo(1);
    assertThat(two.getMessage()).contains("trailing bytes");
  }

  @Test
  void stringsAreImmutableValues() {
    byte[] source = {1, 2, 3};
    RlpString s = new RlpString(source);
    source[0] = 9;
    s.bytes()[1] = 9;
    assertThat(s).isEqualTo(RlpString.of((byte) 1, (byte) 2, (byte) 3));
    assertThat(s.hashCode()).isEqualTo(RlpString.of((byte) 1, (byte) 2, (byte) 3).hashCode());
    assertThat(s).hasToString("0x010203");
    assertThat(new RlpList(List.of(s))).hasToString("[0x010203]");
  }

  private static RlpItem nested(int depth) {
    RlpItem tree = RlpList.of();
    for (int i = 1; i < depth; i++) {
      tree = RlpList.of(tree);
    }
    return tree;
  }
}
