package io.converge.ai.rules;

import io.converge.types.Address;
import io.converge.types.Hash;
import java.time.Duration;
import java.util.List;

/** Why a compliance rule fired, with the expected and actual values a reviewer needs. */
public sealed interface RuleHit {
  /** Which side of a transfer a party is on. */
  enum Role { SENDER, RECIPIENT, TOKEN_PARTY }

  String describe();

  record SanctionedParty(Address party, Role role, String list) implements RuleHit {
    @Override
    public String describe() {
      return role.name().toLowerCase(java.util.Locale.ROOT) + " " + party.toHex() + " is on sanctions list " + list;
    }
  }

  record AmountOverLimit(double amount, double limit) implements RuleHit {
    @Override
    public String describe() {
      return "amount " + amount + " exceeds the limit " + limit;
    }
  }

  record VelocityExceeded(Address sender, int count, int limit, Duration window) implements RuleHit {
    @Override
    public String describe() {
      return "sender " + sender.toHex() + " made " + count + " transfers within " + window + " (limit " + limit + ")";
    }
  }

  record TravelRuleMissing(double amount, double threshold, List<String> missing) implements RuleHit {
    public TravelRuleMissing {
      missing = List.copyOf(missing);
    }

    @Override
    public String describe() {
      return "amount " + amount + " is at or above the travel-rule threshold " + threshold
          + " but originator/beneficiary data is missing: " + missing;
    }
  }

  record TravelRuleMismatch(Hash carried, Hash computed) implements RuleHit {
    @Override
    public String describe() {
      return "travel-rule hash carried by the transfer " + carried + " does not match the record's " + computed;
    }
  }
}
