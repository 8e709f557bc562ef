package io.converge.bench.evm;

import io.converge.types.Address;
import io.converge.types.Bytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of {@code workloads.tsv}, written by {@code bench/evm/compile.mjs} and read by both runners.
 *
 * @param deploy whether {@code code} is init code the caller deploys (at {@code contract}, its CREATE address for nonce
 *     0) before the timed calls, rather than runtime code installed at {@code contract}
 */
record Workload(
    String name, boolean deploy, Bytes code, Bytes input, long gasLimit, Address caller, Address contract) {
  private static final int COLUMNS = 8;

  Workload {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(contract, "contract");
    if (gasLimit <= 0) {
      throw new IllegalArgumentException("gas limit must be positive: " + gasLimit);
    }
  }

  static List<Workload> read(Path file) throws IOException {
    List<Workload> workloads = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != COLUMNS) {
        throw new IOException(file + " line " + (i + 1) + ": expected " + COLUMNS + " columns, got " + f.length);
      }
      boolean deploy = switch (f[1]) {
        case "deploy" -> true;
        case "code" -> false;
        default -> throw new IOException(file + " line " + (i + 1) + ": unknown kind " + f[1]);
      };
      workloads.add(new Workload(f[0], deploy, Bytes.fromHex(f[2]), Bytes.fromHex(f[3]), Long.parseLong(f[4]),
          Address.fromHex(f[5]), Address.fromHex(f[6])));
    }
    return workloads;
  }
}
