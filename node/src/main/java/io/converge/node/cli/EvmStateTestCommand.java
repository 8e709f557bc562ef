package io.converge.node.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.evm.tracing.StandardJsonTracer;
import io.converge.referencetests.Conformance;
import io.converge.referencetests.state.GeneralStateSuite;
import io.converge.referencetests.state.StateTestCase;
import io.converge.referencetests.state.StateTestResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code converge evm statetest <file|dir>}: runs GeneralStateTests-format files and prints one JSON object per (test,
 * fork, indexes), as geth's {@code evm statetest} does, then {@code N passed, M failed}. With {@code --trace} each
 * case's EIP-3155 trace goes to standard error.
 */
@Command(name = "statetest", description = "Run state test files (GeneralStateTests format), one JSON line per case.")
final class EvmStateTestCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<file|dir>", description = "State test files or directories of them.")
  Path[] roots;

  @Option(names = "--trace", description = "Print an EIP-3155 JSON line per operation to standard error.")
  boolean trace;

  @Option(names = "--fork", description = "Run only this fork (fixture name, e.g. Cancun).")
  String fork;

  @Option(names = "--run", paramLabel = "<regex>", description = "Run only tests whose name matches.")
  String namePattern;

  /** One output line; field order and names as geth's. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Line(String name, boolean pass, String stateRoot, String fork, String index, String error) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long passed = 0;
    long failed = 0;
    PrintStream traceOut = System.err;
    for (Path root : roots) {
      if (!Files.exists(root)) {
        err.println("no such file or directory: " + root);
        return 2;
      }
      for (Path file : Conformance.fixtureFiles(root)) {
        List<StateTestCase> cases;
        try {
          cases = GeneralStateSuite.cases(file);
        } catch (IOException | RuntimeException e) {
          out.println(json(new Line(file.getFileName().toString(), false, null, null, null, "cannot load: " + e)));
          failed++;
          continue;
        }
        for (StateTestCase c : cases) {
          if ((fork != null && !fork.equals(c.forkName()))
              || (namePattern != null && !c.testName().matches(namePattern))) {
            continue;
          }
          StateTestResult r = run(c, trace ? new StandardJsonTracer(traceOut) : null);
          out.println(json(new Line(r.name(), r.pass(), r.stateRoot() == null ? null : r.stateRoot().toHex(), r.fork(),
              r.indexes(), r.error().orElse(null))));
          out.flush();
          if (r.pass()) {
            passed++;
          } else {
            failed++;
          }
        }
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static StateTestResult run(StateTestCase c, StandardJsonTracer tracer) {
    try {
      return c.execute(tracer);
    } catch (RuntimeException | StackOverflowError e) {
      return new StateTestResult(c.testName(), c.forkName(), c.indexes(), false, null, null,
          Optional.of("exception: " + e));
    }
  }

  private static String json(Line line) {
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
