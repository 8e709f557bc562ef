package io.converge.node;

import io.converge.node.cli.ConvergeCommand;
import picocli.CommandLine;

/** Entry point of the {@code converge} program. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exit = ConvergeCommand.commandLine().execute(args);
    System.exit(exit);
  }

  /** For tests: runs the command line without exiting the JVM. */
  public static int run(CommandLine.IExecutionStrategy strategy, String... args) {
    return ConvergeCommand.commandLine().setExecutionStrategy(strategy).execute(args);
  }
}
