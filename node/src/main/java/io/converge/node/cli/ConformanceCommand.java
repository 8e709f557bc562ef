package io.converge.node.cli;

import io.converge.referencetests.CaseReport;
import io.converge.referencetests.Conformance;
import io.converge.referencetests.Suites;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code converge conformance <dir>...}: runs every official fixture found under the directories, prints one line per
 * failing case with the reason, and ends with {@code N passed, M failed}. Exit status 0 only when nothing failed.
 */
@Command(
    name = "conformance",
    description = "Run the official Ethereum fixtures (ethereum/tests) found under the given directories or files.")
final class ConformanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<dir>", description = "Fixture directories or files, e.g. ../shared/ethereum-tests/RLPTests")
  Path[] roots;

  @Option(names = "--verbose", description = "Also print a line for every passing case.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Conformance conformance = new Conformance(Suites.all());
    long passed = 0;
    long failed = 0;
    for (Path root : roots) {
      if (!Files.exists(root)) {
        err.println("no such file or directory: " + root);
        return 2;
      }
      Conformance.Summary s = conformance.run(root, report -> print(out, root, report));
      passed += s.passed();
      failed += s.failed();
    }
    out.println(new Conformance.Summary(passed, failed).line());
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private void print(PrintWriter out, Path root, CaseReport report) {
    Path shown = Files.isDirectory(root) ? root.relativize(report.file()) : report.file().getFileName();
    if (!report.outcome().passed()) {
      out.println("FAIL " + shown + " " + report.name() + ": " + report.outcome().reason());
    } else if (verbose) {
      out.println("ok   " + shown + " " + report.name());
    }
  }
}
