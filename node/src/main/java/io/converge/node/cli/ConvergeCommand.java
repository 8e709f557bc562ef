package io.converge.node.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code converge} command; with no subcommand it prints the version and the help. */
@Command(
    name = "converge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Converge: an AI-native, Ethereum-compatible blockchain node.",
    subcommands = {VersionCommand.class, DevCommand.class, ConformanceCommand.class, EvmCommand.class, AiCommand.class, CommandLine.HelpCommand.class})
public final class ConvergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  public static CommandLine commandLine() {
    return new CommandLine(new ConvergeCommand());
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    out.println(BuildInfo.current().describe());
    out.println();
    spec.commandLine().usage(out);
    return 0;
  }
}
