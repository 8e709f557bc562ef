package io.converge.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvmCommandTest {
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ConvergeCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void runPrintsTheReturnDataAndGasUsed() {
    // PUSH1 0x2a PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN: 4 pushes, MSTORE with one word of memory
    int exit = run("evm", "run", "--code", "602a60005260206000f3", "--gas", "100000");
    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("output: 0x000000000000000000000000000000000000000000000000000000000000002a")
        .contains("gasUsed: 18")
        .contains("status: success");
  }

  @Test
  void runWithBenchReportsAMedian() {
    int exit = run("evm", "run", "--code", "600160010160005500", "--bench", "--runs", "3", "--warmup", "1", "--warmup-ms", "0");
    assertThat(exit).isZero();
    assertThat(out.toString()).containsPattern("median: [0-9.]+ ms over 3 runs");
  }

  @Test
  void runRejectsAnUnknownFork() {
    assertThat(run("evm", "run", "--code", "00", "--fork", "Atlantis")).isEqualTo(2);
  }

  /** A minimal state test: a value transfer of 1 wei from the fixtures' key; root from ethereum-tests stExample/add11. */
  private static final String STATE_TEST = """
      {"transfer": {
        "env": {"currentBaseFee": "0x0a", "currentCoinbase": "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba",
                "currentDifficulty": "0x020000", "currentExcessBlobGas": "0x00", "currentGasLimit": "0xff112233445566",
                "currentNumber": "0x01", "currentRandom": "0x0000000000000000000000000000000000000000000000000000000000020000",
                "currentTimestamp": "0x03e8"},
        "pre": {
          "0x095e7baea6a6c7c4c2dfeb977efac326af552d87": {"balance": "0x0de0b6b3a7640000", "code": "0x600160010160005500", "nonce": "0x00", "storage": {}},
          "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba": {"balance": "0x00", "code": "0x", "nonce": "0x01", "storage": {}},
          "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b": {"balance": "0x0de0b6b3a7640000", "code": "0x", "nonce": "0x00", "storage": {}}},
        "transaction": {"data": ["0x"], "gasLimit": ["0x061a80"], "gasPrice": "0x0a", "nonce": "0x00",
          "secretKey": "0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8",
          "sender": "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b", "to": "0x095e7baea6a6c7c4c2dfeb977efac326af552d87",
          "value": ["0x0186a0"]},
        "post": {"Cancun": [
          {"hash": "0xe8010ce590f401c9d61fef8ab05bea9bcec24281b795e5868809bc4e515aa530",
           "indexes": {"data": 0, "gas": 0, "value": 0},
           "logs": "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"},
          {"hash": "0x0000000000000000000000000000000000000000000000000000000000000bad",
           "indexes": {"data": 0, "gas": 0, "value": 0},
           "logs": "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"}]}}}
      """;

  @Test
  void statetestPrintsOneJsonLinePerCaseAndTheTotals(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("transfer.json");
    Files.writeString(file, STATE_TEST);

    int exit = run("evm", "statetest", file.toString());

    List<String> lines = out.toString().lines().toList();
    assertThat(exit).isEqualTo(1);
    assertThat(lines).hasSize(3).last().isEqualTo("1 passed, 1 failed");
    ObjectMapper json = new ObjectMapper();
    JsonNode pass = json.readTree(lines.get(0));
    assertThat(pass.get("name").asText()).isEqualTo("transfer");
    assertThat(pass.get("pass").asBoolean()).isTrue();
    assertThat(pass.get("fork").asText()).isEqualTo("Cancun");
    assertThat(pass.get("stateRoot").asText())
        .isEqualTo("0xe8010ce590f401c9d61fef8ab05bea9bcec24281b795e5868809bc4e515aa530");
    assertThat(pass.has("error")).isFalse();
    JsonNode fail = json.readTree(lines.get(1));
    assertThat(fail.get("pass").asBoolean()).isFalse();
    assertThat(fail.get("error").asText()).contains("state root: expected 0x");
  }
}
