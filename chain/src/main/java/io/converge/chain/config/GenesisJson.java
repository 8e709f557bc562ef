package io.converge.chain.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Reads Geth's genesis format. Numbers may be JSON numbers, decimal strings or {@code 0x} hex strings, as Geth
 * accepts; every error names the field. Unknown fields are ignored, as Geth ignores them.
 */
final class GenesisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /** Config keys of block-activated forks, in Geth's names. */
  private static final Map<String, Fork> BLOCK_FORKS = new LinkedHashMap<>();
  /** Config keys of time-activated forks. */
  private static final Map<String, Fork> TIME_FORKS = new LinkedHashMap<>();
  private static final Map<String, Fork> BLOB_FORKS = Map.of("cancun", Fork.CANCUN, "prague", Fork.PRAGUE);

  static {
    BLOCK_FORKS.put("homesteadBlock", Fork.HOMESTEAD);
    BLOCK_FORKS.put("eip150Block", Fork.TANGERINE_WHISTLE);
    BLOCK_FORKS.put("eip155Block", Fork.SPURIOUS_DRAGON);
    BLOCK_FORKS.put("eip158Block", Fork.SPURIOUS_DRAGON);
    BLOCK_FORKS.put("byzantiumBlock", Fork.BYZANTIUM);
    BLOCK_FORKS.put("constantinopleBlock", Fork.CONSTANTINOPLE);
    BLOCK_FORKS.put("petersburgBlock", Fork.PETERSBURG);
    BLOCK_FORKS.put("istanbulBlock", Fork.ISTANBUL);
    BLOCK_FORKS.put("muirGlacierBlock", Fork.MUIR_GLACIER);
    BLOCK_FORKS.put("berlinBlock", Fork.BERLIN);
    BLOCK_FORKS.put("londonBlock", Fork.LONDON);
    BLOCK_FORKS.put("arrowGlacierBlock", Fork.ARROW_GLACIER);
    BLOCK_FORKS.put("grayGlacierBlock", Fork.GRAY_GLACIER);
    TIME_FORKS.put("shanghaiTime", Fork.SHANGHAI);
    TIME_FORKS.put("cancunTime", Fork.CANCUN);
    TIME_FORKS.put("pragueTime", Fork.PRAGUE);
  }

  private GenesisJson() {}

  static GenesisConfig parse(String json) throws GenesisConfigException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new GenesisConfigException("$", "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new GenesisConfigException("$", "must be a JSON object");
    }
    JsonNode config = root.get("config");
    if (config == null || !config.isObject()) {
      throw new GenesisConfigException("config", "is required and must be an object");
    }
    JsonNode chainIdNode = config.get("chainId");
    if (chainIdNode == null) {
      throw new GenesisConfigException("config.chainId", "is required");
    }
    long chainId = u64(chainIdNode, "config.chainId");
    if (chainId <= 0) {
      throw new GenesisConfigException("config.chainId", "must be positive, got " + Long.toUnsignedString(chainId));
    }
    ForkSchedule forks = schedule(config);
    Map<Fork, BlobSchedule> blobs = blobSchedule(config.get("blobSchedule"));

    OptionalLong gasLimitField = optionalU64(root, "gasLimit");
    if (gasLimitField.isEmpty()) {
      throw new GenesisConfigException("gasLimit", "is required");
    }
    long gasLimit = gasLimitField.getAsLong();
    if (gasLimit < 5000) {
      throw new GenesisConfigException("gasLimit", "must be at least 5000, got " + Long.toUnsignedString(gasLimit));
    }
    Bytes extraData = optionalBytes(root, "extraData").orElse(Bytes.EMPTY);
    if (extraData.size() > 32) {
      throw new GenesisConfigException("extraData", "at most 32 bytes, got " + extraData.size());
    }
    UInt256 difficulty = new UInt256(optionalU256(root, "difficulty").orElse(BigInteger.ZERO));
    Optional<Wei> baseFee = optionalU256(root, "baseFeePerGas").map(Wei::new);

    TreeMap<Address, GenesisAccount> alloc = new TreeMap<>();
    JsonNode allocNode = root.get("alloc");
    if (allocNode != null && !allocNode.isNull()) {
      if (!allocNode.isObject()) {
        throw new GenesisConfigException("alloc", "must be an object of address to account");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = allocNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = "alloc." + e.getKey();
        Address address = address(e.getKey(), field);
        if (alloc.put(address, account(e.getValue(), field)) != null) {
          throw new GenesisConfigException(field, "address appears twice");
        }
      }
    }
    return new GenesisConfig(ChainId.of(chainId), forks, blobs,
        optionalU64(root, "nonce").orElse(0), optionalU64(root, "timestamp").orElse(0), extraData, gasLimit,
        difficulty, optionalHash(root, "mixHash").orElse(Hash.ZERO),
        coinbase(root),
        optionalHash(root, "parentHash").orElse(Hash.ZERO), optionalU64(root, "number").orElse(0), alloc, baseFee,
        optionalU64(root, "excessBlobGas"), optionalU64(root, "blobGasUsed"));
  }

  private static ForkSchedule schedule(JsonNode config) throws GenesisConfigException {
    ForkSchedule.Builder b = ForkSchedule.builder();
    for (Map.Entry<String, Fork> e : BLOCK_FORKS.entrySet()) {
      OptionalLong at = optionalU64(config, e.getKey(), "config.");
      if (at.isPresent()) {
        b.activate(e.getValue(), at.getAsLong());
      }
    }
    OptionalLong dao = optionalU64(config, "daoForkBlock", "config.");
    boolean daoSupport = !config.has("daoForkSupport") || config.get("daoForkSupport").asBoolean(true);
    if (dao.isPresent() && daoSupport) {
      b.daoForkBlock(dao.getAsLong());
    }
    Optional<BigInteger> ttd = optionalU256(config, "terminalTotalDifficulty", "config.");
    ttd.ifPresent(b::terminalTotalDifficulty);
    OptionalLong netsplit = optionalU64(config, "mergeNetsplitBlock", "config.");
    if (netsplit.isPresent() && ttd.isEmpty()) {
      throw new GenesisConfigException("config.mergeNetsplitBlock",
          "needs config.terminalTotalDifficulty: the merge is decided by total difficulty");
    }
    for (Map.Entry<String, Fork> e : TIME_FORKS.entrySet()) {
      OptionalLong at = optionalU64(config, e.getKey(), "config.");
      if (at.isPresent()) {
        if (ttd.isEmpty()) {
          throw new GenesisConfigException("config." + e.getKey(),
              "needs config.terminalTotalDifficulty: time-activated forks follow the merge");
        }
        b.activate(e.getValue(), at.getAsLong());
      }
    }
    return b.build();
  }

  private static Map<Fork, BlobSchedule> blobSchedule(JsonNode node) throws GenesisConfigException {
    Map<Fork, BlobSchedule> out = new EnumMap<>(Fork.class);
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new GenesisConfigException("config.blobSchedule", "must be an object of fork name to schedule");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String field = "config.blobSchedule." + e.getKey();
      Fork fork = BLOB_FORKS.get(e.getKey());
      if (fork == null) {
        throw new GenesisConfigException(field, "unknown fork; expected one of " + BLOB_FORKS.keySet());
      }
      JsonNode s = e.getValue();
      OptionalLong target = optionalU64(s, "target", field + ".");
      OptionalLong max = optionalU64(s, "max", field + ".");
      OptionalLong fraction = optionalU64(s, "baseFeeUpdateFraction", field + ".");
      if (target.isEmpty() || max.isEmpty() || fraction.isEmpty()) {
        throw new GenesisConfigException(field, "needs target, max and baseFeeUpdateFraction");
      }
      try {
        out.put(fork, new BlobSchedule(target.getAsLong(), max.getAsLong(), fraction.getAsLong()));
      } catch (IllegalArgumentException ex) {
        throw new GenesisConfigException(field, ex.getMessage());
      }
    }
    return out;
  }

  private static GenesisAccount account(JsonNode node, String field) throws GenesisConfigException {
    if (!node.isObject()) {
      throw new GenesisConfigException(field, "must be an object with balance, nonce, code, storage");
    }
    Optional<BigInteger> balance = optionalU256(node, "balance", field + ".");
    if (balance.isEmpty()) {
      throw new GenesisConfigException(field + ".balance", "is required");
    }
    long nonce = optionalU64(node, "nonce", field + ".").orElse(0);
    Bytes code = optionalBytes(node, "code", field + ".").orElse(Bytes.EMPTY);
    TreeMap<UInt256, UInt256> storage = new TreeMap<>();
    JsonNode storageNode = node.get("storage");
    if (storageNode != null && !storageNode.isNull()) {
      if (!storageNode.isObject()) {
        throw new GenesisConfigException(field + ".storage", "must be an object of slot to value");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = storageNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String slotField = field + ".storage." + e.getKey();
        UInt256 key = new UInt256(word(e.getKey(), slotField));
        if (!e.getValue().isTextual()) {
          throw new GenesisConfigException(slotField, "must be a hex string");
        }
        UInt256 value = new UInt256(word(e.getValue().asText(), slotField));
        if (!value.isZero()) {
          storage.put(key, value);
        }
      }
    }
    return new GenesisAccount(new Wei(balance.get()), nonce, code, storage);
  }

  /** A storage key or value: hex of at most 32 bytes, left-padded. */
  private static BigInteger word(String text, String field) throws GenesisConfigException {
    String hex = strip0x(text);
    if (hex.isEmpty() || hex.length() > 64 || !isHex(hex)) {
      throw new GenesisConfigException(field, "must be hex of at most 32 bytes, got \"" + text + "\"");
    }
    return new BigInteger(hex, 16);
  }

  private static Address address(String text, String field) throws GenesisConfigException {
    String hex = strip0x(text);
    if (hex.length() != 40 || !isHex(hex)) {
      throw new GenesisConfigException(field, "an address is 20 bytes of hex, got \"" + text + "\"");
    }
    return Address.fromHex(hex);
  }

  private static Address coinbase(JsonNode root) throws GenesisConfigException {
    Optional<String> s = optionalString(root, "coinbase");
    return s.isEmpty() ? Address.ZERO : address(s.get(), "coinbase");
  }

  private static OptionalLong optionalU64(JsonNode node, String name) throws GenesisConfigException {
    return optionalU64(node, name, "");
  }

  private static OptionalLong optionalU64(JsonNode node, String name, String prefix) throws GenesisConfigException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(u64(v, prefix + name));
  }

  private static long u64(JsonNode v, String field) throws GenesisConfigException {
    BigInteger n = number(v, field);
    if (n.compareTo(MAX_U64) > 0) {
      throw new GenesisConfigException(field, "does not fit in 64 bits: " + n);
    }
    return n.longValue();
  }

  private static Optional<BigInteger> optionalU256(JsonNode node, String name) throws GenesisConfigException {
    return optionalU256(node, name, "");
  }

  private static Optional<BigInteger> optionalU256(JsonNode node, String name, String prefix)
      throws GenesisConfigException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    BigInteger n = number(v, prefix + name);
    if (n.bitLength() > 256) {
      throw new GenesisConfigException(prefix + name, "does not fit in 256 bits");
    }
    return Optional.of(n);
  }

  /** A non-negative integer: a JSON number, a decimal string or a 0x-prefixed hex string. */
  private static BigInteger number(JsonNode v, String field) throws GenesisConfigException {
    if (v.isIntegralNumber()) {
      BigInteger n = v.bigIntegerValue();
      if (n.signum() < 0) {
        throw new GenesisConfigException(field, "must be non-negative, got " + n);
      }
      return n;
    }
    if (!v.isTextual()) {
      throw new GenesisConfigException(field, "must be an integer or a string holding one, got " + v);
    }
    String s = v.asText().trim();
    try {
      if (s.startsWith("0x") || s.startsWith("0X")) {
        String hex = s.substring(2);
        return hex.isEmpty() ? BigInteger.ZERO : new BigInteger(hex, 16);
      }
      BigInteger n = new BigInteger(s);
      if (n.signum() < 0) {
        throw new GenesisConfigException(field, "must be non-negative, got " + s);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new GenesisConfigException(field, "not a decimal or 0x-hex integer: \"" + s + "\"");
    }
  }

  private static Optional<Bytes> optionalBytes(JsonNode node, String name) throws GenesisConfigException {
    return optionalBytes(node, name, "");
  }

  private static Optional<Bytes> optionalBytes(JsonNode node, String name, String prefix)
      throws GenesisConfigException {
    Optional<String> s = optionalString(node, name);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String hex = strip0x(s.get());
    if (hex.length() % 2 != 0 || !isHex(hex)) {
      throw new GenesisConfigException(prefix + name, "must be hex bytes, got \"" + s.get() + "\"");
    }
    return Optional.of(Bytes.fromHex(hex));
  }

  private static Optional<Hash> optionalHash(JsonNode node, String name) throws GenesisConfigException {
    Optional<Bytes> b = optionalBytes(node, name);
    if (b.isPresent() && b.get().size() != Hash.SIZE) {
      throw new GenesisConfigException(name, "must be 32 bytes, got " + b.get().size());
    }
    return b.map(bytes -> Hash.wrap(bytes.toArray()));
  }

  private static Optional<String> optionalString(JsonNode node, String name) throws GenesisConfigException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new GenesisConfigException(name, "must be a string");
    }
    return Optional.of(v.asText());
  }

  private static String strip0x(String s) {
    return s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
