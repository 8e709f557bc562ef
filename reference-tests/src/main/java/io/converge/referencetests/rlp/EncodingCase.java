package io.converge.referencetests.rlp;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.Outcome;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpItem;
import io.converge.rlp.RlpList;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpString;
import io.converge.rlp.RlpWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A value case: encoding {@code in} must give {@code out}, and decoding {@code out} must give {@code in} back. In the
 * fixtures {@code in} is a string (its UTF-8 bytes), a JSON integer, a {@code "#"}-prefixed decimal big integer, or
 * an array of those.
 */
record EncodingCase(String name, JsonNode in, byte[] encoding) implements FixtureCase {
  private static final String BIGINT_PREFIX = "#";

  EncodingCase {
    encoding = encoding.clone();
  }

  @Override
  public Outcome run() {
    RlpItem expected;
    byte[] written;
    try {
      expected = expectedItem(in, 0);
      RlpWriter writer = new RlpWriter();
      write(writer, in, 0);
      written = writer.toByteArray();
    } catch (IllegalArgumentException e) {
      return Outcome.fail("unusable \"in\": " + e.getMessage());
    }
    Outcome encodes = Outcome.expectEqual("encoding of in", RlpSuite.hex(encoding), RlpSuite.hex(written));
    if (!encodes.passed()) {
      return encodes;
    }
    try {
      Outcome decodes = Outcome.expectEqual("decoding of out", expected, RlpItem.decode(encoding));
      if (!decodes.passed() || !isInteger(in)) {
        return decodes;
      }
      // An integer must also come back through the canonical integer reader, not only as bytes.
      BigInteger value = integer(in);
      RlpReader reader = new RlpReader(encoding);
      BigInteger read = reader.readBigInteger();
      reader.finish();
      return Outcome.expectEqual("integer decoded from out", value, read);
    } catch (RlpException e) {
      return Outcome.fail("decoding " + RlpSuite.hex(encoding) + " failed: " + e.getMessage());
    }
  }

  /** The tree {@code out} must decode to. */
  private static RlpItem expectedItem(JsonNode node, int depth) {
    if (node.isArray()) {
      checkDepth(depth);
      List<RlpItem> items = new ArrayList<>(node.size());
      for (JsonNode child : node) {
        items.add(expectedItem(child, depth + 1));
      }
      return new RlpList(items);
    }
    if (isInteger(node)) {
      return new RlpString(minimalBytes(integer(node)));
    }
    if (node.isTextual()) {
      return new RlpString(node.asText().getBytes(StandardCharsets.UTF_8));
    }
    throw new IllegalArgumentException("cannot encode " + node.getNodeType() + " " + node);
  }

  /** Encodes {@code in} through the writer's typed methods, as production code would. */
  private static void write(RlpWriter writer, JsonNode node, int depth) {
    if (node.isArray()) {
      checkDepth(depth);
      writer.startList();
      for (JsonNode child : node) {
        write(writer, child, depth + 1);
      }
      writer.endList();
    } else if (isInteger(node)) {
      BigInteger value = integer(node);
      if (value.bitLength() < 64) {
        writer.writeLong(value.longValue());
      } else {
        writer.writeBigInteger(value);
      }
    } else if (node.isTextual()) {
      writer.writeBytes(node.asText().getBytes(StandardCharsets.UTF_8));
    } else {
      throw new IllegalArgumentException("cannot encode " + node.getNodeType() + " " + node);
    }
  }

  private static boolean isInteger(JsonNode node) {
    return node.isIntegralNumber() || (node.isTextual() && node.asText().startsWith(BIGINT_PREFIX));
  }

  private static BigInteger integer(JsonNode node) {
    BigInteger value = node.isIntegralNumber()
        ? node.bigIntegerValue()
        : new BigInteger(node.asText().substring(BIGINT_PREFIX.length()));
    if (value.signum() < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    return value;
  }

  private static byte[] minimalBytes(BigInteger value) {
    if (value.signum() == 0) {
      return new byte[0];
    }
    byte[] twos = value.toByteArray();
    return twos[0] == 0 ? Arrays.copyOfRange(twos, 1, twos.length) : twos;
  }

  private static void checkDepth(int depth) {
    if (depth >= RlpItem.MAX_DEPTH) {
      throw new IllegalArgumentException("nested deeper than " + RlpItem.MAX_DEPTH + " lists");
    }
  }
}
