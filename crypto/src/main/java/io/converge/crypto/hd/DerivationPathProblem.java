package io.converge.crypto.hd;

import java.util.Objects;

/** Why a string is not a BIP-32 derivation path such as {@code m/44'/60'/0'/0/5}. */
public sealed interface DerivationPathProblem {
  String describe();

  /** The path must start at the master key, written {@code m}. */
  record MissingRoot(String path) implements DerivationPathProblem {
    public MissingRoot {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
      return "a derivation path starts with \"m\", got \"" + path + "\"";
    }
  }

  /** A segment (1-based {@code position} after {@code m}) is not a decimal index. */
  record NotAnIndex(int position, String segment) implements DerivationPathProblem {
    public NotAnIndex {
      Objects.requireNonNull(segment, "segment");
    }

    @Override
    public String describe() {
      return "segment "
          + position
          + " \""
          + segment
          + "\" is not an index (digits, optionally followed by ' or h for hardened)";
    }
  }

  /** A segment's index does not fit BIP-32's 31 bits. */
  record IndexOutOfRange(int position, String segment) implements DerivationPathProblem {
    public IndexOutOfRange {
      Objects.requireNonNull(segment, "segment");
    }

    @Override
    public String describe() {
      return "segment " + position + " \"" + segment + "\" is not below 2^31 (2147483648)";
    }
  }
}
