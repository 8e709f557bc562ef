package io.converge.referencetests.blockchain;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.chain.config.ForkSchedule;
import io.converge.chain.config.GenesisAccount;
import io.converge.chain.config.GenesisConfig;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** A fixture's genesis header and pre-state as a {@link GenesisConfig}; the fixtures' chain id is 1. */
final class FixtureGenesis {
  private FixtureGenesis() {}

  static GenesisConfig config(JsonNode header, JsonNode pre, ForkSchedule schedule) {
    return new GenesisConfig(ChainId.MAINNET, schedule, Map.of(),
        u64(header.get("nonce")), u64(header.get("timestamp")), bytes(header.get("extraData")),
        u64(header.get("gasLimit")), new UInt256(big(header.get("difficulty"))),
        Hash.fromHex(header.get("mixHash").asText()), Address.fromHex(header.get("coinbase").asText()),
        Hash.fromHex(header.get("parentHash").asText()), u64(header.get("number")), accounts(pre),
        header.has("baseFeePerGas") ? Optional.of(new Wei(big(header.get("baseFeePerGas")))) : Optional.empty(),
        optionalU64(header.get("excessBlobGas")), optionalU64(header.get("blobGasUsed")));
  }

  static TreeMap<Address, GenesisAccount> accounts(JsonNode pre) {
    TreeMap<Address, GenesisAccount> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = pre.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode a = e.getValue();
      TreeMap<UInt256, UInt256> storage = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> s = a.path("storage").fields(); s.hasNext(); ) {
        Map.Entry<String, JsonNode> slot = s.next();
        UInt256 value = new UInt256(big(slot.getValue().asText()));
        if (!value.isZero()) {
          storage.put(new UInt256(big(slot.getKey())), value);
        }
      }
      out.put(Address.fromHex(e.getKey()), new GenesisAccount(new Wei(big(a.get("balance"))), u64(a.get("nonce")),
          bytes(a.get("code")), storage));
    }
    return out;
  }

  static long u64(JsonNode n) {
    return big(n).longValue();
  }

  static OptionalLong optionalU64(JsonNode n) {
    return n == null ? OptionalLong.empty() : OptionalLong.of(u64(n));
  }

  static BigInteger big(JsonNode n) {
    return big(n.asText());
  }

  static BigInteger big(String s) {
    String hex = s.startsWith("0x") ? s.substring(2) : s;
    return hex.isEmpty() ? BigInteger.ZERO : new BigInteger(hex, 16);
  }

  static Bytes bytes(JsonNode n) {
    if (n == null) {
      return Bytes.EMPTY;
    }
    String s = n.asText();
    String hex = s.startsWith("0x") ? s.substring(2) : s;
    return Bytes.fromHex(hex);
  }
}
