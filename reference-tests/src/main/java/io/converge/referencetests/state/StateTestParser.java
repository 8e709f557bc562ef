package io.converge.referencetests.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the filled GeneralStateTests format (ethereum/tests) into {@link StateTest}s. */
public final class StateTestParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StateTestParser() {}

  public static List<StateTest> parse(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException("not a JSON object: " + file);
    }
    List<StateTest> tests = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      try {
        tests.add(parseTest(e.getKey(), e.getValue()));
      } catch (RuntimeException ex) {
        throw new IOException("test " + e.getKey() + ": " + ex.getMessage(), ex);
      }
    }
    return tests;
  }

  private static StateTest parseTest(String name, JsonNode t) {
    JsonNode env = required(t, "env");
    StateTest.Environment environment = new StateTest.Environment(
        Address.fromHex(required(env, "currentCoinbase").asText()),
        number(required(env, "currentNumber")).longValue(),
        number(required(env, "currentTimestamp")).longValue(),
        number(required(env, "currentGasLimit")).longValue(),
        new UInt256(number(required(env, "currentDifficulty"))),
        Optional.ofNullable(env.get("currentRandom")).map(n -> Hash.wrap(word(n))),
        new Wei(optionalNumber(env, "currentBaseFee").orElse(BigInteger.ZERO)),
        optionalNumber(env, "currentExcessBlobGas").orElse(BigInteger.ZERO).longValue());

    List<StateTest.PreAccount> pre = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = required(t, "pre").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> a = it.next();
      JsonNode acc = a.getValue();
      Map<UInt256, UInt256> storage = new HashMap<>();
      JsonNode st = acc.get("storage");
      if (st != null) {
        for (Iterator<Map.Entry<String, JsonNode>> s = st.fields(); s.hasNext(); ) {
          Map.Entry<String, JsonNode> slot = s.next();
          storage.put(new UInt256(parseNumber(slot.getKey())), new UInt256(number(slot.getValue())));
        }
      }
      pre.add(new StateTest.PreAccount(Address.fromHex(a.getKey()), number(required(acc, "nonce")).longValue(),
          new Wei(number(required(acc, "balance"))), bytes(required(acc, "code")), storage));
    }

    List<StateTest.Post> posts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = required(t, "post").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      Optional<Fork> fork = Fork.byFixtureName(f.getKey());
      for (JsonNode p : f.getValue()) {
        JsonNode idx = required(p, "indexes");
        posts.add(new StateTest.Post(f.getKey(), fork, required(idx, "data").asInt(), required(idx, "gas").asInt(),
            required(idx, "value").asInt(), Hash.fromHex(required(p, "hash").asText()),
            Hash.fromHex(required(p, "logs").asText()),
            Optional.ofNullable(p.get("expectException")).map(JsonNode::asText)));
      }
    }
    return new StateTest(name, environment, pre, template(required(t, "transaction")), posts);
  }

  private static StateTest.TransactionTemplate template(JsonNode tx) {
    String to = required(tx, "to").asText();
    Optional<List<Optional<AccessList>>> accessLists = Optional.empty();
    JsonNode lists = tx.get("accessLists");
    if (lists != null && !lists.isNull()) {
      List<Optional<AccessList>> out = new ArrayList<>();
      for (JsonNode l : lists) {
        out.add(l == null || l.isNull() ? Optional.empty() : Optional.of(accessList(l)));
      }
      accessLists = Optional.of(out);
    }
    Optional<List<Hash>> blobHashes = Optional.empty();
    JsonNode hashes = tx.get("blobVersionedHashes");
    if (hashes != null && !hashes.isNull()) {
      List<Hash> out = new ArrayList<>();
      for (JsonNode h : hashes) {
        out.add(Hash.fromHex(h.asText()));
      }
      blobHashes = Optional.of(out);
    }
    List<Bytes> data = new ArrayList<>();
    for (JsonNode d : required(tx, "data")) {
      data.add(bytes(d));
    }
    List<BigInteger> gasLimit = new ArrayList<>();
    for (JsonNode g : required(tx, "gasLimit")) {
      gasLimit.add(number(g));
    }
    List<BigInteger> value = new ArrayList<>();
    for (JsonNode v : required(tx, "value")) {
      value.add(number(v));
    }
    return new StateTest.TransactionTemplate(
        number(required(tx, "nonce")),
        optionalNumber(tx, "gasPrice"),
        optionalNumber(tx, "maxFeePerGas"),
        optionalNumber(tx, "maxPriorityFeePerGas"),
        optionalNumber(tx, "maxFeePerBlobGas"),
        blobHashes,
        to.isEmpty() || to.equals("0x") ? Optional.empty() : Optional.of(Address.fromHex(to)),
        bytes(required(tx, "secretKey")),
        data, gasLimit, value, accessLists);
  }

  private static AccessList accessList(JsonNode list) {
    List<AccessList.Entry> entries = new ArrayList<>();
    for (JsonNode e : list) {
      List<Hash> keys = new ArrayList<>();
      for (JsonNode k : required(e, "storageKeys")) {
        keys.add(Hash.wrap(word(k)));
      }
      entries.add(new AccessList.Entry(Address.fromHex(required(e, "address").asText()), keys));
    }
    return new AccessList(entries);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return v;
  }

  private static Optional<BigInteger> optionalNumber(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(number(v));
  }

  private static BigInteger number(JsonNode n) {
    return parseNumber(n.asText());
  }

  /**
   * A {@code 0x} hex number ({@code 0x} alone is zero), or a decimal one as some older fillers wrote. Values too large
   * for their field are written {@code 0x:bigint 0x...}; they parse here and are rejected when the transaction is built.
   */
  static BigInteger parseNumber(String s) {
    int bigint = s.indexOf(":bigint ");
    if (bigint >= 0) {
      s = s.substring(bigint + ":bigint ".length()).strip();
    }
    if (s.startsWith("0x") || s.startsWith("0X")) {
      String digits = s.substring(2);
      return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
    }
    return s.isEmpty() ? BigInteger.ZERO : new BigInteger(s);
  }

  /** A 32-byte word written as a hex number of up to 64 digits. */
  private static byte[] word(JsonNode n) {
    BigInteger v = number(n);
    byte[] twos = v.toByteArray();
    byte[] out = new byte[32];
    int len = Math.min(twos.length, 32);
    System.arraycopy(twos, twos.length - len, out, 32 - len, len);
    return out;
  }

  private static Bytes bytes(JsonNode n) {
    String s = n.asText();
    if (s.startsWith(":raw ")) {
      s = s.substring(5);
    }
    return Bytes.fromHex(s);
  }
}
