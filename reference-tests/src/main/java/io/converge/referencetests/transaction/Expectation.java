package io.converge.referencetests.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.types.Address;
import io.converge.types.Hash;
import java.util.Optional;

/** What a fixture's {@code result[fork]} expects: an exception, or the hash, sender and intrinsic gas. */
sealed interface Expectation {

  /** The fixture expects the transaction to be rejected, for the named reason. */
  record Rejected(String exception) implements Expectation {}

  record Accepted(Hash hash, Address sender, long intrinsicGas) implements Expectation {}

  static Expectation of(JsonNode result) {
    JsonNode exception = result.get("exception");
    if (exception != null) {
      return new Rejected(exception.asText());
    }
    return new Accepted(
        Hash.fromHex(text(result, "hash")),
        Address.fromHex(text(result, "sender")),
        Long.decode(text(result, "intrinsicGas")));
  }

  private static String text(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field))
        .map(JsonNode::asText)
        .orElseThrow(() -> new IllegalArgumentException("result without '" + field + "'"));
  }
}
