package io.converge.referencetests.rlp;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.Outcome;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpItem;

/** An {@code "in": "INVALID"} case: decoding {@code out} must fail with an {@link RlpException}. */
record RejectionCase(String name, byte[] encoding) implements FixtureCase {
  RejectionCase {
    encoding = encoding.clone();
  }

  @Override
  public Outcome run() {
    try {
      RlpItem decoded = RlpItem.decode(encoding);
      return Outcome.fail("invalid encoding " + RlpSuite.hex(encoding) + " was accepted as " + decoded);
    } catch (RlpException expected) {
      return Outcome.pass();
    }
  }
}
