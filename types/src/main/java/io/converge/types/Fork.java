package io.converge.types;

import java.util.Arrays;
import java.util.Optional;

/**
 * Ethereum's hard forks in activation order. Only the identity and order live here; what each fork changes lives with
 * the module it concerns (gas schedules and operations in {@code evm}, transaction rules in {@code types.transaction},
 * block rules in {@code protocol}), each defined as the previous fork plus its changes.
 */
public enum Fork {
  FRONTIER("Frontier"),
  HOMESTEAD("Homestead"),
  TANGERINE_WHISTLE("EIP150"),
  SPURIOUS_DRAGON("EIP158"),
  BYZANTIUM("Byzantium"),
  CONSTANTINOPLE("Constantinople"),
  PETERSBURG("ConstantinopleFix"),
  ISTANBUL("Istanbul"),
  MUIR_GLACIER("MuirGlacier"),
  BERLIN("Berlin"),
  LONDON("London"),
  ARROW_GLACIER("ArrowGlacier"),
  GRAY_GLACIER("GrayGlacier"),
  PARIS("Paris"),
  SHANGHAI("Shanghai"),
  CANCUN("Cancun"),
  PRAGUE("Prague");

  private final String fixtureName;

  Fork(String fixtureName) {
    this.fixtureName = fixtureName;
  }

  /** The name the official fixtures use (ethereum/tests network names). */
  public String fixtureName() {
    return fixtureName;
  }

  public boolean isAtLeast(Fork other) {
    return compareTo(other) >= 0;
  }

  public boolean isBefore(Fork other) {
    return compareTo(other) < 0;
  }

  /** Looks a fork up by its fixture name; {@code "Merge"} is accepted as an alias of Paris. */
  public static Optional<Fork> byFixtureName(String name) {
    if ("Merge".equals(name)) {
      return Optional.of(PARIS);
    }
    return Arrays.stream(values()).filter(f -> f.fixtureName.equals(name)).findFirst();
  }
}
