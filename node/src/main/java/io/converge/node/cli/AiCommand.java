package io.converge.node.cli;

import picocli.CommandLine.Command;

/** {@code converge ai ...}: the AI risk engine's offline tools (train, score, eval) on AMLSim-layout data. */
@Command(name = "ai", description = "Train, score and evaluate the AI risk engine on AMLSim-layout transaction files.",
    mixinStandardHelpOptions = true, subcommands = {})
final class AiCommand {}
