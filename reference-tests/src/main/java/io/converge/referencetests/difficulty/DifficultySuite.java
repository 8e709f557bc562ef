package io.converge.referencetests.difficulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.protocol.block.BlockRules;
import io.converge.protocol.block.Difficulty;
import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.FixtureSuite;
import io.converge.referencetests.Outcome;
import io.converge.types.Fork;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code ethereum-tests/DifficultyTests}: the proof-of-work difficulty of a block from its parent's difficulty,
 * timestamp and ommers, one case per (test, fork, vector), checked against {@link Difficulty}.
 */
public final class DifficultySuite implements FixtureSuite {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String folder() {
    return "DifficultyTests";
  }

  @Override
  public List<FixtureCase> load(Path file) throws IOException {
    JsonNode root = MAPPER.readTree(file.toFile());
    List<FixtureCase> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> tests = root.fields(); tests.hasNext(); ) {
      Map.Entry<String, JsonNode> test = tests.next();
      for (Iterator<Map.Entry<String, JsonNode>> forks = test.getValue().fields(); forks.hasNext(); ) {
        Map.Entry<String, JsonNode> fork = forks.next();
        if (fork.getKey().equals("_info")) {
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> vectors = fork.getValue().fields(); vectors.hasNext(); ) {
          Map.Entry<String, JsonNode> v = vectors.next();
          cases.add(new DifficultyCase(test.getKey() + "[" + fork.getKey() + "][" + v.getKey() + "]", fork.getKey(),
              v.getValue()));
        }
      }
    }
    return cases;
  }

  private record DifficultyCase(String name, String forkName, JsonNode vector) implements FixtureCase {
    @Override
    public Outcome run() {
      Optional<Fork> fork = Fork.byFixtureName(forkName);
      if (fork.isEmpty()) {
        return Outcome.fail("unknown fork " + forkName);
      }
      BigInteger expected = number("currentDifficulty");
      BigInteger actual = Difficulty.expected(BlockRules.of(fork.get()), number("currentBlockNumber").longValueExact(),
          number("currentTimestamp").longValueExact(), number("parentTimestamp").longValueExact(),
          number("parentDifficulty"), number("parentUncles").signum() != 0).value();
      return Outcome.expectEqual("difficulty", expected, actual);
    }

    private BigInteger number(String field) {
      String s = vector.get(field).asText();
      String hex = s.startsWith("0x") ? s.substring(2) : s;
      return hex.isEmpty() ? BigInteger.ZERO : new BigInteger(hex, 16);
    }
  }
}
