package io.converge.referencetests.trie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@code ethereum-tests/TrieTests}, one case per test. The file decides the shape: {@code trietestnextprev}
 * holds neighbour queries, the others a root expected after inserting {@code in} — an ordered list of [key, value]
 * pairs (null value deletes) or a map whose order must not matter. Files named {@code *securetrie*} hash keys first.
 * Keys and values are hex when they start with {@code 0x} (always, when the test says {@code hexEncoded}), else the
 * raw bytes of the text.
 */
public final class TrieSuite implements FixtureSuite {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String folder() {
    return "TrieTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException("not a JSON object: " + file);
    }
    String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean secure = fileName.contains("securetrie");
    boolean nextPrev = fileName.contains("nextprev");
    List<FixtureCase> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> tests = root.fields(); tests.hasNext(); ) {
      Map.Entry<String, JsonNode> test = tests.next();
      String name = test.getKey();
      JsonNode body = test.getValue();
      JsonNode in = required(body, "in", name);
      if (nextPrev) {
        cases.add(new NextPrevCase(name, keys(in, name), queries(required(body, "tests", name), name)));
        continue;
      }
      boolean hex = body.path("hexEncoded").asBoolean(false);
      Hash expected = Hash.fromHex(required(body, "root", name).asText());
      if (in.isArray()) {
        cases.add(new RootCase(name, secure, false, operations(in, hex, name), expected));
      } else if (in.isObject()) {
        List<RootCase.Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          ops.add(new RootCase.Operation(bytes(e.getKey(), hex), value(e.getValue(), hex, name)));
        }
        cases.add(new RootCase(name, secure, true, ops, expected));
      } else {
        throw new IOException("test " + name + ": 'in' is neither a list nor a map");
      }
    }
    return cases;
  }

  private static List<RootCase.Operation> operations(JsonNode in, boolean hex, String name) throws IOException {
    List<RootCase.Operation> ops = new ArrayList<>();
    for (JsonNode pair : in) {
      if (!pair.isArray() || pair.size() != 2) {
        throw new IOException("test " + name + ": expected [key, value] pairs, got " + pair);
      }
      ops.add(new RootCase.Operation(bytes(text(pair.get(0), name), hex), value(pair.get(1), hex, name)));
    }
    return ops;
  }

  private static List<Bytes> keys(JsonNode in, String name) throws IOException {
    List<Bytes> keys = new ArrayList<>();
    for (JsonNode k : in) {
      keys.add(bytes(text(k, name), false));
    }
    return keys;
  }

  private static List<NextPrevCase.Query> queries(JsonNode tests, String name) throws IOException {
    List<NextPrevCase.Query> queries = new ArrayList<>();
    for (JsonNode q : tests) {
      if (!q.isArray() || q.size() != 3) {
        throw new IOException("test " + name + ": expected [key, prev, next] triples, got " + q);
      }
      queries.add(new NextPrevCase.Query(bytes(text(q.get(0), name), false), bytes(text(q.get(1), name), false),
          bytes(text(q.get(2), name), false)));
    }
    return queries;
  }

  /** A value, or null for a deletion. */
  private static Bytes value(JsonNode v, boolean hex, String name) throws IOException {
    return v.isNull() ? null : bytes(text(v, name), hex);
  }

  private static String text(JsonNode node, String name) throws IOException {
    if (!node.isTextual()) {
      throw new IOException("test " + name + ": expected a string, got " + node);
    }
    return node.asText();
  }

  static Bytes bytes(String s, boolean hex) {
    return hex || s.startsWith("0x") ? Bytes.fromHex(s) : Bytes.wrap(s.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode required(JsonNode node, String field, String test) throws IOException {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IOException("test " + test + " has no '" + field + "'");
    }
    return value;
  }
}
