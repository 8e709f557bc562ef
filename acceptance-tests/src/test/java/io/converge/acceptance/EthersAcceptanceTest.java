package io.converge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ethers v6, as a dapp would use it, against a real dev node: see src/test/js/ethers-flow.mjs for the steps. */
class EthersAcceptanceTest {
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  @TempDir Path dataDir;
  @TempDir Path scratch;

  @Test
  void ethersDeploysTransfersSubscribesDecodesRevertsAndSendsConcurrently() throws Exception {
    try (AcceptanceNode node = AcceptanceNode.startInstantSealing(dataDir)) {
      Path output = scratch.resolve("ethers-flow.log");
      Process process = new ProcessBuilder(List.of("node", "ethers-flow.mjs", node.httpUrl(),
              AcceptanceFiles.tokenArtifact().toString()))
          .directory(AcceptanceFiles.jsDir().toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      boolean finished = process.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String log = Files.readString(output, StandardCharsets.UTF_8);

      assertThat(finished).as("ethers-flow.mjs finished within %s; its output:%n%s", DEADLINE, log).isTrue();
      assertThat(process.exitValue()).as("exit code of ethers-flow.mjs; its output:%n%s", log).isZero();
      assertThat(log).contains("ethers flow passed");
    }
  }
}
