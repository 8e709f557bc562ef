package io.converge.node.cli;

import io.converge.ai.data.AmlsimDataset;
import io.converge.ai.data.AmlsimReader;
import io.converge.ai.data.RowError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loading AMLSim data for the {@code ai} commands, reporting rejected rows with their line numbers. */
final class AiData {
  private static final int SHOWN_ERRORS = 20;

  private AiData() {}

  static AmlsimDataset load(Path dir, PrintWriter err) throws IOException {
    AmlsimDataset data = AmlsimReader.read(dir);
    if (!data.errors().isEmpty()) {
      err.println("skipped " + data.errors().size() + " malformed row(s):");
      data.errors().stream().limit(SHOWN_ERRORS).map(RowError::toString).forEach(e -> err.println("  " + e));
      if (data.errors().size() > SHOWN_ERRORS) {
        err.println("  ... and " + (data.errors().size() - SHOWN_ERRORS) + " more");
      }
    }
    return data;
  }
}
