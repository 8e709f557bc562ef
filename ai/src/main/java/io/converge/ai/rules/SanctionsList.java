package io.converge.ai.rules;

import io.converge.ai.data.RowError;
import io.converge.types.Address;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Addresses under sanctions, each remembered with the list file that named it (for the audit trail). Files hold one
 * hex address per line; blank lines and {@code #} comments are skipped; other lines are reported with their number.
 */
public final class SanctionsList {
  private final Map<Address, String> entries;
  private final List<RowError> errors;

  private SanctionsList(Map<Address, String> entries, List<RowError> errors) {
    this.entries = Map.copyOf(entries);
    this.errors = List.copyOf(errors);
  }

  public static SanctionsList empty() {
    return new SanctionsList(Map.of(), List.of());
  }

  public static SanctionsList load(List<Path> files) throws IOException {
    Map<Address, String> entries = new HashMap<>();
    List<RowError> errors = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        try {
          entries.putIfAbsent(Address.fromHex(line), name);
        } catch (RuntimeException e) {
          errors.add(new RowError(name, i + 1, "not an Ethereum address: '" + line + "'"));
        }
      }
    }
    return new SanctionsList(entries, errors);
  }

  /** The list that names {@code address}, if any. */
  public Optional<String> listing(Address address) {
    return Optional.ofNullable(entries.get(address));
  }

  public int size() {
    return entries.size();
  }

  public List<RowError> errors() {
    return errors;
  }
}
