package io.converge.referencetests.blockchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code ethereum-tests/BlockchainTests}: one case per test, which builds the genesis from the test's header and
 * pre-state, imports its blocks through the {@code chain} module and compares the head and the post-state.
 */
public final class BlockchainSuite implements FixtureSuite {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String folder() {
    return "BlockchainTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    JsonNode root = MAPPER.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(file + " is not a JSON object of tests");
    }
    List<FixtureCase> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      cases.add(new BlockchainCase(e.getKey(), e.getValue()));
    }
    return cases;
  }
}
