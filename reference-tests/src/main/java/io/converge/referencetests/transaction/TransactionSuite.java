package io.converge.referencetests.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import io.converge.types.Fork;
import io.converge.types.Hex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code ethereum-tests/TransactionTests}: one case per (test, fork) of a file's {@code result} map, named
 * {@code testName[Fork]}.
 */
public final class TransactionSuite implements FixtureSuite {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String folder() {
    return "TransactionTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException("not a JSON object: " + file);
    }
    List<FixtureCase> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> tests = root.fields(); tests.hasNext(); ) {
      Map.Entry<String, JsonNode> test = tests.next();
      JsonNode body = test.getValue();
      byte[] txBytes = Hex.decode(required(body, "txbytes", test.getKey()).asText());
      JsonNode results = required(body, "result", test.getKey());
      for (Iterator<Map.Entry<String, JsonNode>> forks = results.fields(); forks.hasNext(); ) {
        Map.Entry<String, JsonNode> result = forks.next();
        String name = test.getKey() + "[" + result.getKey() + "]";
        cases.add(new TransactionCase(name, txBytes, result.getKey(),
            Fork.byFixtureName(result.getKey()), Expectation.of(result.getValue())));
      }
    }
    return cases;
  }

  private static JsonNode required(JsonNode node, String field, String test) throws IOException {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IOException("test " + test + " has no '" + field + "'");
    }
    return value;
  }
}
