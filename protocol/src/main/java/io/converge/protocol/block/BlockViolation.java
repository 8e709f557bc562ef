package io.converge.protocol.block;

/** Why a block is invalid: a header rule ({@link HeaderViolation}) or a rule of its body and execution. */
public sealed interface BlockViolation permits HeaderViolation, BodyViolation {
  /** A sentence for logs, RPC errors and test reports, naming the expected and the actual value. */
  String reason();
}
