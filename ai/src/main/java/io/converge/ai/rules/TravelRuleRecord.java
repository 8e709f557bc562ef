package io.converge.ai.rules;

import io.converge.crypto.hash.Sha256;
import io.converge.types.Hash;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Originator and beneficiary information after IVMS101 (natural-person name, account number, geographic address or
 * national identifier, and the VASPs involved). A transfer carries only {@link #hash()}; the record travels off chain
 * between the VASPs, and the rule checks that the two agree.
 */
public record TravelRuleRecord(
    String originatorName,
    String originatorAccount,
    String originatorAddressOrId,
    String originatingVasp,
    String beneficiaryName,
    String beneficiaryAccount,
    String beneficiaryVasp) {
  public TravelRuleRecord {
    Objects.requireNonNull(originatorName, "originatorName");
    Objects.requireNonNull(originatorAccount, "originatorAccount");
    Objects.requireNonNull(originatorAddressOrId, "originatorAddressOrId");
    Objects.requireNonNull(originatingVasp, "originatingVasp");
    Objects.requireNonNull(beneficiaryName, "beneficiaryName");
    Objects.requireNonNull(beneficiaryAccount, "beneficiaryAccount");
    Objects.requireNonNull(beneficiaryVasp, "beneficiaryVasp");
  }

  /** Names of the required fields that are blank; a record with any is incomplete. */
  public List<String> missingFields() {
    List<String> missing = new java.util.ArrayList<>();
    if (originatorName.isBlank()) missing.add("originatorName");
    if (originatorAccount.isBlank()) missing.add("originatorAccount");
    if (originatorAddressOrId.isBlank()) missing.add("originatorAddressOrId");
    if (beneficiaryName.isBlank()) missing.add("beneficiaryName");
    if (beneficiaryAccount.isBlank()) missing.add("beneficiaryAccount");
    return missing;
  }

  /** SHA-256 over the length-prefixed UTF-8 fields, so no two different records share an encoding. */
  public Hash hash() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    for (String field : List.of(originatorName, originatorAccount, originatorAddressOrId, originatingVasp,
        beneficiaryName, beneficiaryAccount, beneficiaryVasp)) {
      byte[] b = field.getBytes(StandardCharsets.UTF_8);
      buf.writeBytes(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
          (byte) b.length});
      buf.writeBytes(b);
    }
    return Hash.wrap(Sha256.hash(buf.toByteArray()));
  }
}
