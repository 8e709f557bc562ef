package io.converge.referencetests.rlp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code ethereum-tests/RLPTests}. Each case is {@code {"in": ..., "out": "<hex>"}}, and {@code in} decides what
 * is checked: {@code "INVALID"} means {@code out} must be rejected, {@code "VALID"} means {@code out} must decode and
 * re-encode to itself, anything else is a value whose encoding must be {@code out} and back.
 */
public final class RlpSuite implements FixtureSuite {
  private static final String INVALID = "INVALID";
  private static final String VALID = "VALID";

  // Fixture integers exceed a long ("bigint"), so never let Jackson narrow them.
  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  @Override
  public String folder() {
    return "RLPTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    JsonNode root = json.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": expected a JSON object of named cases");
    }
    List<FixtureCase> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      cases.add(toCase(entry.getKey(), entry.getValue()));
    }
    return cases;
  }

  private static FixtureCase toCase(String name, JsonNode body) throws IOException {
    JsonNode in = body.get("in");
    JsonNode out = body.get("out");
    if (in == null || out == null || !out.isTextual()) {
      throw new IOException(name + ": a case needs \"in\" and a hex string \"out\"");
    }
    byte[] encoding = parseHex(name, out.asText());
    if (in.isTextual() && in.asText().equals(INVALID)) {
      return new RejectionCase(name, encoding);
    }
    if (in.isTextual() && in.asText().equals(VALID)) {
      return new RoundTripCase(name, encoding);
    }
    return new EncodingCase(name, in, encoding);
  }

  /** Fixture hex comes with or without {@code 0x} and in either case. */
  private static byte[] parseHex(String name, String hex) throws IOException {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    try {
      return HexFormat.of().parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw new IOException(name + ": \"out\" is not hex: " + hex, e);
    }
  }

  static String hex(byte[] bytes) {
    return "0x" + HexFormat.of().formatHex(bytes);
  }
}
