package io.converge.ai.rules;

import io.converge.ai.data.Transfer;
import io.converge.types.Address;
import io.converge.types.Hash;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules look at: the transfer, any token-transfer parties found in its call data or logs, the travel-rule hash
 * the transaction carries and the off-chain record, if the VASP supplied one.
 */
public record ComplianceRequest(Transfer transfer, List<Address> tokenParties, Optional<Hash> carriedTravelHash,
    Optional<TravelRuleRecord> travelRecord) {
  public ComplianceRequest {
    Objects.requireNonNull(transfer, "transfer");
    tokenParties = List.copyOf(tokenParties);
    Objects.requireNonNull(carriedTravelHash, "carriedTravelHash");
    Objects.requireNonNull(travelRecord, "travelRecord");
  }

  public static ComplianceRequest of(Transfer transfer) {
    return new ComplianceRequest(transfer, List.of(), Optional.empty(), Optional.empty());
  }
}
