package io.converge.evm;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Wei;
import java.util.Objects;

/**
 * A message the transaction processor hands the EVM: a call to {@code recipient} running the code at
 * {@code codeAddress}, or a contract creation at {@code recipient} (computed by the caller with
 * {@link ContractAddress}) running {@code input} as init code. Value is moved from sender to recipient inside the call,
 * so a failed call moves nothing; the caller has already checked the sender can afford it.
 */
public record MessageCall(
    Kind kind,
    Address sender,
    Address recipient,
    Address codeAddress,
    Wei value,
    Bytes input,
    long gas,
    int depth,
    boolean isStatic) {
  /** Whether the message runs existing code or init code. */
  public enum Kind {
    CALL,
    CREATE
  }

  public MessageCall {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(codeAddress, "codeAddress");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(input, "input");
    if (gas < 0) {
      throw new IllegalArgumentException("gas must be non-negative: " + gas);
    }
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be non-negative: " + depth);
    }
    if (kind == Kind.CREATE && !codeAddress.equals(recipient)) {
      throw new IllegalArgumentException("a creation runs its init code at the new address");
    }
  }

  /** A top-level call from a transaction. */
  public static MessageCall call(Address sender, Address recipient, Wei value, Bytes input, long gas) {
    return new MessageCall(Kind.CALL, sender, recipient, recipient, value, input, gas, 0, false);
  }

  /** A top-level contract creation at {@code contractAddress} from a transaction. */
  public static MessageCall create(Address sender, Address contractAddress, Wei value, Bytes initCode, long gas) {
    return new MessageCall(Kind.CREATE, sender, contractAddress, contractAddress, value, initCode, gas, 0, false);
  }

  public boolean isCreate() {
    return kind == Kind.CREATE;
  }
}
