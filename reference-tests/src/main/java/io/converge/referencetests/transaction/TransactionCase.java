package io.converge.referencetests.transaction;

import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.Outcome;
import io.converge.types.ChainId;
import io.converge.types.DecodingException;
import io.converge.types.Fork;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionDecoder;
import io.converge.types.transaction.TransactionValidator;
import io.converge.types.transaction.TransactionValidity;
import java.util.Optional;

/** One (test, fork) of a TransactionTests file: decode {@code txbytes}, validate for the fork, compare. */
final class TransactionCase implements FixtureCase {
  /** TransactionTests are filled for mainnet. */
  private static final TransactionValidator VALIDATOR = new TransactionValidator(ChainId.MAINNET);

  private final String name;
  private final byte[] txBytes;
  private final String forkName;
  private final Optional<Fork> fork;
  private final Expectation expected;

  TransactionCase(String name, byte[] txBytes, String forkName, Optional<Fork> fork, Expectation expected) {
    this.name = name;
    this.txBytes = txBytes;
    this.forkName = forkName;
    this.fork = fork;
    this.expected = expected;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Outcome run() {
    if (fork.isEmpty()) {
      return Outcome.fail("unknown fork " + forkName);
    }
    Transaction tx;
    try {
      tx = TransactionDecoder.decode(txBytes);
    } catch (DecodingException e) {
      return expected instanceof Expectation.Rejected rejected
          ? rejectedAsExpected(rejected, e.getMessage())
          : Outcome.fail("expected a valid transaction, decoding failed: " + e.getMessage());
    }
    TransactionValidity validity = VALIDATOR.validate(tx, fork.get());
    if (expected instanceof Expectation.Rejected rejected) {
      return validity instanceof TransactionValidity.Invalid invalid
          ? rejectedAsExpected(rejected, invalid.reason())
          : Outcome.fail("expected " + rejected.exception() + ", but the transaction is valid: " + validity);
    }
    Expectation.Accepted accepted = (Expectation.Accepted) expected;
    if (!(validity instanceof TransactionValidity.Valid valid)) {
      return Outcome.fail("expected a valid transaction, got: " + ((TransactionValidity.Invalid) validity).reason());
    }
    Outcome outcome = Outcome.expectEqual("hash", accepted.hash(), tx.hash());
    if (outcome.passed()) {
      outcome = Outcome.expectEqual("sender", accepted.sender(), valid.sender());
    }
    if (outcome.passed()) {
      outcome = Outcome.expectEqual("intrinsic gas", accepted.intrinsicGas(), valid.intrinsicGas());
    }
    return outcome;
  }

  /** A pass that still says why we rejected, so a reader can compare our reason with the fixture's. */
  private static Outcome rejectedAsExpected(Expectation.Rejected rejected, String ourReason) {
    return new Outcome(true, "expected " + rejected.exception() + "; rejected: " + ourReason);
  }
}
