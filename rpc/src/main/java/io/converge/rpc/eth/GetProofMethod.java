package io.converge.rpc.eth;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.param.BlockParameter;
import io.converge.rpc.param.InvalidParamException;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.Quantity;
import io.converge.state.Account;
import io.converge.state.StateProof;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code eth_getProof} (EIP-1186) as Geth 1.17 answers it: {@code [address, storageKeys, block]}, the account's
 * Merkle proof in the block's committed state and one proof per storage key. Geth's particulars, kept on purpose:
 * <ul>
 *   <li>at most {@value #MAX_KEYS} keys; keys are hex of at most 32 bytes, {@code 0x} optional and odd length
 *       allowed, and a bad one is {@code -32602} before any state is read;
 *   <li>each key is echoed as 32-byte hex if the caller wrote 32 bytes, else as a minimal quantity ({@code 0x1});
 *   <li>an absent account has zero balance and nonce and <em>zero</em> {@code codeHash} and {@code storageHash}
 *       (Geth since 1.13.4; older Geth and Reth give keccak("") and the empty-trie root);
 *   <li>a slot of an account without storage reads {@code 0x0} with an empty proof.
 * </ul>
 * The block is required, as for {@code eth_getBalance} here.
 */
final class GetProofMethod implements RpcMethod {
  /** Geth's {@code maxGetProofKeys}. */
  static final int MAX_KEYS = 1024;

  /** Go's decoding of a JSON {@code []string}; a null element decodes as the empty string. */
  private static final ParamType<List<String>> STRINGS = v -> {
    if (!v.isArray()) {
      throw new InvalidParamException("json: cannot unmarshal " + jsonKind(v) + " into Go value of type []string");
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode element : v) {
      out.add(element.isNull() ? "" : ParamType.STRING.parse(element));
    }
    return out;
  };

  private final ChainView view;

  GetProofMethod(ChainView view) {
    this.view = Objects.requireNonNull(view, "view");
  }

  @Override
  public String name() {
    return "eth_getProof";
  }

  @Override
  public Object execute(RpcRequest request) throws RpcException {
    request.params().expectAtMost(3);
    Address address = request.params().required(0, ParamType.ADDRESS);
    if (request.params().size() < 2) {
      throw RpcException.invalidParams("missing value for required argument 1");
    }
    List<String> texts = request.params().optional(1, STRINGS).orElse(List.of());
    BlockParameter block = request.params().required(2, ParamType.BLOCK);
    if (texts.size() > MAX_KEYS) {
      throw RpcException.invalidParams(
          "too many storage keys requested (max " + MAX_KEYS + ", got " + texts.size() + ")");
    }
    List<StorageKey> keys = new ArrayList<>(texts.size());
    for (String text : texts) {
      keys.add(StorageKey.parse(text));
    }
    StateProof proof = view.stateAfter(view.requireHeader(block))
        .proof(address, keys.stream().map(StorageKey::slot).toList());
    return AccountResult.of(proof, keys);
  }

  /** A storage key as the caller wrote it: the slot, and the form Geth echoes it in. */
  record StorageKey(UInt256 slot, String echo) {
    StorageKey {
      Objects.requireNonNull(slot, "slot");
      Objects.requireNonNull(echo, "echo");
    }

    /** Geth's {@code decodeStorageKey}, with its messages. */
    static StorageKey parse(String text) throws RpcException {
      String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
      if ((digits.length() & 1) != 0) {
        digits = "0" + digits;
      }
      if (digits.length() > 64) {
        throw RpcException.invalidParams("storage key too long (want at most 32 bytes): " + goQuote(text));
      }
      for (int i = 0; i < digits.length(); i++) {
        if (Character.digit(digits.charAt(i), 16) < 0) {
          throw RpcException.invalidParams("invalid hex in storage key: " + goQuote(text));
        }
      }
      BigInteger value = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
      String echo = digits.length() == 64 ? "0x" + digits.toLowerCase(Locale.ROOT) : "0x" + value.toString(16);
      return new StorageKey(new UInt256(value), echo);
    }
  }

  /** Geth's {@code AccountResult}, fields in its order. */
  @JsonPropertyOrder({"address", "accountProof", "balance", "codeHash", "nonce", "storageHash", "storageProof"})
  record AccountResult(Address address, List<Bytes> accountProof, Wei balance, Hash codeHash, Quantity nonce,
      Hash storageHash, List<StorageResult> storageProof) {
    AccountResult {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(codeHash, "codeHash");
      Objects.requireNonNull(nonce, "nonce");
      Objects.requireNonNull(storageHash, "storageHash");
      accountProof = List.copyOf(accountProof);
      storageProof = List.copyOf(storageProof);
    }

    static AccountResult of(StateProof proof, List<StorageKey> keys) {
      List<StorageResult> slots = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        StateProof.Slot slot = proof.slots().get(i);
        slots.add(new StorageResult(keys.get(i).echo(), slot.value(), slot.proof()));
      }
      if (proof.account().isEmpty()) {
        // Geth reads an absent account's code hash and storage root as the zero hash.
        return new AccountResult(proof.address(), proof.accountProof(), Wei.ZERO, Hash.ZERO, Quantity.of(0),
            Hash.ZERO, slots);
      }
      Account account = proof.account().get();
      Quantity nonce = new Quantity(new BigInteger(Long.toUnsignedString(account.nonce())));
      return new AccountResult(proof.address(), proof.accountProof(), account.balance(), account.codeHash(), nonce,
          account.storageRoot(), slots);
    }
  }

  /** Geth's {@code StorageResult}: the key as echoed, the value as a quantity, the proof. */
  @JsonPropertyOrder({"key", "value", "proof"})
  record StorageResult(String key, UInt256 value, List<Bytes> proof) {
    StorageResult {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      proof = List.copyOf(proof);
    }
  }

  /** What Go's JSON decoder calls a value it cannot unmarshal. */
  private static String jsonKind(JsonNode node) {
    if (node.isTextual()) {
      return "string";
    } else if (node.isNumber()) {
      return "number";
    } else if (node.isBoolean()) {
      return "bool";
    }
    return "object";
  }

  /** Go's {@code %q} of a string, for the control characters and quotes a key may hold. */
  static String goQuote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\u0007' -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\u000b' -> out.append("\\v");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
