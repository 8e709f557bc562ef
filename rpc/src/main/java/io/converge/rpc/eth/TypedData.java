package io.converge.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.crypto.hash.Keccak256;
import io.converge.rpc.param.InvalidParamException;
import io.converge.rpc.param.ParamType;
import io.converge.types.Hash;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * EIP-712 typed structured data, as {@code eth_signTypedData_v4} signs it: {@code keccak256(0x1901 ||
 * hashStruct(EIP712Domain, domain) || hashStruct(primaryType, message))}, arrays and nested structs included.
 */
record TypedData(Map<String, List<Field>> types, String primaryType, JsonNode domain, JsonNode message) {
  record Field(String name, String type) {}

  private static final String DOMAIN = "EIP712Domain";

  /** The typed data as an object or as a JSON string holding one (wallets send both). */
  static final ParamType<TypedData> TYPE = v -> {
    JsonNode node = v;
    if (v.isTextual()) {
      try {
        node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(v.textValue());
      } catch (Exception e) {
        throw new InvalidParamException("invalid typed data: " + e.getMessage());
      }
    }
    if (!node.isObject() || !node.has("types") || !node.has("primaryType") || !node.has("message")) {
      throw new InvalidParamException("typed data needs types, primaryType, domain and message");
    }
    Map<String, List<Field>> types = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.get("types").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<Field> fields = new ArrayList<>();
      for (JsonNode f : e.getValue()) {
        fields.add(new Field(f.path("name").asText(), f.path("type").asText()));
      }
      types.put(e.getKey(), fields);
    }
    return new TypedData(types, node.get("primaryType").asText(), node.path("domain"), node.get("message"));
  };

  Hash digest() throws InvalidParamException {
    byte[] all = new byte[66];
    all[0] = 0x19;
    all[1] = 0x01;
    System.arraycopy(hashStruct(DOMAIN, domain), 0, all, 2, 32);
    System.arraycopy(hashStruct(primaryType, message), 0, all, 34, 32);
    return Hash.wrap(Keccak256.hash(all));
  }

  private byte[] hashStruct(String type, JsonNode data) throws InvalidParamException {
    return Keccak256.hash(encodeData(type, data));
  }

  private byte[] encodeData(String type, JsonNode data) throws InvalidParamException {
    List<Field> fields = types.get(type);
    if (fields == null) {
      throw new InvalidParamException("unknown type " + type);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Keccak256.hash(encodeType(type).getBytes(StandardCharsets.UTF_8)));
    for (Field f : fields) {
      out.writeBytes(encodeValue(f.type(), data.get(f.name())));
    }
    return out.toByteArray();
  }

  /** The primary type's signature followed by the signatures of the structs it references, sorted by name. */
  String encodeType(String primary) {
    Set<String> deps = new TreeSet<>();
    collect(primary, deps);
    deps.remove(primary);
    StringBuilder sb = new StringBuilder(signature(primary));
    deps.forEach(d -> sb.append(signature(d)));
    return sb.toString();
  }

  private void collect(String type, Set<String> seen) {
    String base = baseType(type);
    if (!types.containsKey(base) || !seen.add(base)) {
      return;
    }
    types.get(base).forEach(f -> collect(f.type(), seen));
  }

  private String signature(String type) {
    StringBuilder sb = new StringBuilder(type).append('(');
    List<Field> fields = types.get(type);
    for (int i = 0; i < fields.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(fields.get(i).type()).append(' ').append(fields.get(i).name());
    }
    return sb.append(')').toString();
  }

  private static String baseType(String type) {
    int bracket = type.indexOf('[');
    return bracket < 0 ? type : type.substring(0, bracket);
  }

  private byte[] encodeValue(String type, JsonNode value) throws InvalidParamException {
    if (type.endsWith("]")) {
      String inner = type.substring(0, type.lastIndexOf('['));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (value != null && value.isArray()) {
        for (JsonNode item : value) {
          out.writeBytes(encodeValue(inner, item));
        }
      }
      return Keccak256.hash(out.toByteArray());
    }
    if (types.containsKey(type)) {
      return value == null || value.isNull() ? new byte[32] : hashStruct(type, value);
    }
    if (value == null || value.isNull()) {
      return new byte[32];
    }
    switch (type) {
      case "string":
        return Keccak256.hash(value.asText().getBytes(StandardCharsets.UTF_8));
      case "bytes":
        return Keccak256.hash(hexBytes(value.asText()));
      case "bool":
        return ChainReads.toWord(value.isBoolean() ? (value.asBoolean() ? BigInteger.ONE : BigInteger.ZERO)
            : (value.asText().equals("true") ? BigInteger.ONE : BigInteger.ZERO));
      case "address":
        return ChainReads.toWord(new BigInteger(1, hexBytes(value.asText())));
      default:
        break;
    }
    if (type.startsWith("bytes")) {
      byte[] raw = hexBytes(value.asText());
      byte[] word = new byte[32];
      System.arraycopy(raw, 0, word, 0, Math.min(32, raw.length));
      return word;
    }
    if (type.startsWith("uint") || type.startsWith("int")) {
      BigInteger n = number(value);
      if (n.signum() < 0) {
        n = n.add(BigInteger.ONE.shiftLeft(256));
      }
      return ChainReads.toWord(n);
    }
    throw new InvalidParamException("unknown type " + type);
  }

  private static BigInteger number(JsonNode value) throws InvalidParamException {
    if (value.isNumber()) {
      return value.bigIntegerValue();
    }
    String text = value.asText();
    try {
      return text.startsWith("0x") || text.startsWith("0X") ? new BigInteger(text.substring(2), 16)
          : new BigInteger(text);
    } catch (NumberFormatException e) {
      throw new InvalidParamException("invalid integer " + text);
    }
  }

  private static byte[] hexBytes(String text) throws InvalidParamException {
    String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    if ((digits.length() & 1) == 1) {
      digits = "0" + digits;
    }
    try {
      return java.util.HexFormat.of().parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw new InvalidParamException("invalid hex " + text);
    }
  }
}
