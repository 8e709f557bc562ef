package io.converge.node.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code converge evm ...}: tools for running the EVM outside a chain, after geth's {@code evm} command. */
@Command(
    name = "evm",
    description = "Run the EVM outside a chain: state tests, raw code.",
    subcommands = {EvmStateTestCommand.class, EvmRunCommand.class})
final class EvmCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
