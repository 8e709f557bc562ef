package io.converge.referencetests.rlp;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.Outcome;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpItem;

/** An {@code "in": "VALID"} case: {@code out} must decode, and encoding the result must give {@code out} back. */
record RoundTripCase(String name, byte[] encoding) implements FixtureCase {
  RoundTripCase {
    encoding = encoding.clone();
  }

  @Override
  public Outcome run() {
    try {
      byte[] reencoded = RlpItem.decode(encoding).encode();
      return Outcome.expectEqual("re-encoding", RlpSuite.hex(encoding), RlpSuite.hex(reencoded));
    } catch (RlpException e) {
      return Outcome.fail("valid encoding " + RlpSuite.hex(encoding) + " was rejected: " + e.getMessage());
    }
  }
}
