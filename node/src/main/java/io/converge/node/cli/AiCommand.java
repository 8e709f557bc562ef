package io.converge.node.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code converge ai ...}: the AI risk engine's offline tools (train, score, eval) on AMLSim-layout data. */
@Command(name = "ai", description = "Train, score and evaluate the AI risk engine on AMLSim-layout transaction files.",
    mixinStandardHelpOptions = true,
    subcommands = {AiTrainCommand.class, AiScoreCommand.class, AiEvalCommand.class})
final class AiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
