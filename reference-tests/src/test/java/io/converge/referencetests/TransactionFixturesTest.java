package io.converge.referencetests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.DecodingException;
import io.converge.types.Fork;
import io.converge.types.Hex;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionDecoder;
import io.converge.types.transaction.TransactionValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file of {@code ethereum-tests/TransactionTests}, one dynamic test per (test, fork), and their mutants. */
class TransactionFixturesTest {
  private static final String FOLDER = "TransactionTests";
  private static final long SEED = 0x7478_6d75_7461_6e74L;
  private static final int SUBSTITUTIONS = 150;
  private static final int MULTI_EDITS = 60;
  private static final TransactionValidator VALIDATOR = new TransactionValidator(ChainId.MAINNET);

  @TestFactory
  Stream<DynamicNode> transactionTests() throws IOException {
    return FixtureTests.forFolder(FOLDER, path -> true);
  }

  /**
   * Bad input seeded by the fixtures: truncations and mutations of every fixture's {@code txbytes} (valid or not) are
   * decoded and, when they decode, hashed, recovered and validated for every fork. Each must decode to exactly its
   * own bytes or fail with {@link DecodingException}; nothing else may escape and nothing may hang.
   */
  @TestFactory
  Stream<DynamicTest> mutatedFixtureTransactionsDecodeCanonicallyOrFailTyped() throws IOException {
    Optional<Path> root = SharedFixtures.ethereumTests();
    assumeTrue(root.isPresent(), "../shared/ethereum-tests is absent");
    List<DynamicTest> tests = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : Conformance.fixtureFiles(root.get().resolve(FOLDER))) {
      JsonNode tree = json.readTree(file.toFile());
      for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        byte[] txBytes = Hex.decode(tree.get(name).get("txbytes").asText());
        tests.add(DynamicTest.dynamicTest(name, () ->
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checkMutants(txBytes, name))));
      }
    }
    return tests.stream();
  }

  private static void checkMutants(byte[] original, String name) {
    SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
    List<byte[]> mutants = new ArrayList<>();
    int truncations = Math.min(original.length, 300);
    for (int i = 0; i < truncations; i++) {
      int length = original.length <= 300 ? i : random.nextInt(original.length);
      mutants.add(Arrays.copyOf(original, length));
    }
    for (int i = 0; i < SUBSTITUTIONS && original.length > 0; i++) {
      byte[] m = original.clone();
      m[random.nextInt(m.length)] = (byte) random.nextInt(256);
      mutants.add(m);
    }
    for (int i = 0; i < MULTI_EDITS && original.length > 1; i++) {
      byte[] m = original.clone();
      for (int e = 0; e < 3; e++) {
        m[random.nextInt(m.length)] ^= (byte) (1 + random.nextInt(255));
      }
      int cut = random.nextInt(m.length);
      mutants.add(random.nextBoolean() ? m : Arrays.copyOf(m, cut));
    }
    for (byte[] mutant : mutants) {
      Transaction tx;
      try {
        tx = TransactionDecoder.decode(mutant);
      } catch (DecodingException expected) {
        continue;
      }
      assertThat(tx.encoded()).as("%s: accepted mutant must be canonical", name).isEqualTo(Bytes.wrap(mutant));
      tx.hash();
      tx.sender();
      for (Fork fork : Fork.values()) {
        VALIDATOR.validate(tx, fork);
      }
    }
  }
}
