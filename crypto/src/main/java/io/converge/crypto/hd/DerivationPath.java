package io.converge.crypto.hd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A BIP-32 path from the master key, such as BIP-44's {@code m/44'/60'/0'/0/5}. */
public record DerivationPath(List<ChildNumber> steps) {
  /** The master key itself. */
  public static final DerivationPath MASTER = new DerivationPath(List.of());

  private static final Pattern SEGMENT = Pattern.compile("([0-9]+)(['hH]?)");
  private static final int MAX_INDEX_DIGITS = 10; // 2^31 - 1 has 10: longer cannot fit

  public DerivationPath {
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
  }

  /**
   * Reads {@code m}, then any number of {@code /index} segments; {@code '}, {@code h} or {@code H}
   * after an index marks it hardened.
   */
  public static DerivationPath parse(String path) throws InvalidDerivationPathException {
    Objects.requireNonNull(path, "path");
    String[] segments = path.trim().split("/", -1);
    if (!segments[0].equals("m") && !segments[0].equals("M")) {
      throw new InvalidDerivationPathException(new DerivationPathProblem.MissingRoot(path));
    }
    List<ChildNumber> steps = new ArrayList<>(segments.length - 1);
    for (int i = 1; i < segments.length; i++) {
      Matcher m = SEGMENT.matcher(segments[i]);
      if (!m.matches()) {
        throw new InvalidDerivationPathException(
            new DerivationPathProblem.NotAnIndex(i, segments[i]));
      }
      String digits = m.group(1);
      if (digits.length() > MAX_INDEX_DIGITS
          || Long.parseLong(digits) >= ChildNumber.HARDENED_OFFSET) {
        throw new InvalidDerivationPathException(
            new DerivationPathProblem.IndexOutOfRange(i, segments[i]));
      }
      steps.add(new ChildNumber(Integer.parseInt(digits), !m.group(2).isEmpty()));
    }
    return new DerivationPath(steps);
  }

  /** BIP-44 for Ethereum (coin type 60), first account, external chain: m/44'/60'/0'/0/{index}. */
  public static DerivationPath ethereum(int addressIndex) {
    return new DerivationPath(
        List.of(
            ChildNumber.hardened(44),
            ChildNumber.hardened(60),
            ChildNumber.hardened(0),
            ChildNumber.normal(0),
            ChildNumber.normal(addressIndex)));
  }

  public DerivationPath child(ChildNumber step) {
    List<ChildNumber> longer = new ArrayList<>(steps);
    longer.add(step);
    return new DerivationPath(longer);
  }

  /** The path without its last step; the master path has no parent. */
  public DerivationPath parent() {
    if (steps.isEmpty()) {
      throw new IllegalStateException("the master path m has no parent");
    }
    return new DerivationPath(steps.subList(0, steps.size() - 1));
  }

  public int depth() {
    return steps.size();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("m");
    steps.forEach(step -> out.append('/').append(step));
    return out.toString();
  }
}
