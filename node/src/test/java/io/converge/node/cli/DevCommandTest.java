package io.converge.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DevCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ConvergeCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsTheDevOptions() {
    assertThat(run("dev", "--help")).isZero();
    assertThat(out.toString())
        .contains("--data-dir", "--rpc-port", "--block-time", "--accounts", "--chain-id", "--demo");
  }

  @Test
  void refusesAnAccountCountOutOfRangeBeforeTouchingTheDisk() {
    assertThat(run("dev", "--accounts", "0", "--data-dir", "/nonexistent/never-created")).isEqualTo(2);
    assertThat(err.toString()).contains("accounts must be between 1 and 1000");
  }

  @Test
  void refusesANonPositiveBlockTime() {
    assertThat(run("dev", "--block-time", "0", "--data-dir", "/nonexistent/never-created")).isEqualTo(2);
    assertThat(err.toString()).contains("block time must be positive");
  }

  @Test
  void topLevelHelpOffersTheDevCommand() {
    run("--help");
    assertThat(out.toString()).contains("dev");
  }
}
