package io.converge.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.rpc.param.InvalidParamException;
import io.converge.rpc.param.ParamType;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Geth's {@code StateOverride}: per account, a balance, nonce, code, and either a whole new storage or a diff. */
public record StateOverrides(Map<Address, Account> accounts) {
  public static final StateOverrides NONE = new StateOverrides(Map.of());
  public static final ParamType<StateOverrides> TYPE = StateOverrides::parse;

  public StateOverrides {
    accounts = Map.copyOf(accounts);
  }

  /** The override of one account; {@code state} replaces all storage, {@code stateDiff} changes some slots. */
  public record Account(Optional<Wei> balance, OptionalLong nonce, Optional<Bytes> code,
      Optional<Map<UInt256, UInt256>> state, Optional<Map<UInt256, UInt256>> stateDiff) {}

  /** Applies the overrides to a throw-away state. */
  public void applyTo(TrieWorldState world) {
    accounts.forEach((address, o) -> {
      if (o.state().isPresent()) {
        // A whole new storage: recreate the account, keeping what is not overridden.
        Wei balance = world.balance(address);
        long nonce = world.nonce(address);
        Bytes code = world.code(address);
        world.deleteAccount(address);
        world.createAccount(address);
        world.setBalance(address, balance);
        world.setNonce(address, nonce);
        if (!code.isEmpty()) {
          world.setCode(address, code);
        }
        o.state().get().forEach((k, v) -> world.setStorage(address, k, v));
      }
      o.balance().ifPresent(b -> world.setBalance(address, b));
      o.nonce().ifPresent(n -> world.setNonce(address, n));
      o.code().ifPresent(c -> world.setCode(address, c));
      o.stateDiff().ifPresent(diff -> diff.forEach((k, v) -> world.setStorage(address, k, v)));
    });
  }

  private static StateOverrides parse(JsonNode node) throws InvalidParamException {
    if (!node.isObject()) {
      throw new InvalidParamException("json: cannot unmarshal non-object into Go value of type ethapi.StateOverride");
    }
    Map<Address, Account> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Address address = ParamType.ADDRESS.parse(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()));
      JsonNode o = e.getValue();
      Optional<Map<UInt256, UInt256>> state = slots(o.get("state"));
      Optional<Map<UInt256, UInt256>> diff = slots(o.get("stateDiff"));
      if (state.isPresent() && diff.isPresent()) {
        throw new InvalidParamException("account " + address + " has both 'state' and 'stateDiff'");
      }
      JsonNode balance = o.get("balance");
      JsonNode nonce = o.get("nonce");
      JsonNode code = o.get("code");
      out.put(address, new Account(
          present(balance) ? Optional.of(new Wei(ParamType.QUANTITY.parse(balance))) : Optional.empty(),
          present(nonce) ? OptionalLong.of(ParamType.LONG_QUANTITY.parse(nonce)) : OptionalLong.empty(),
          present(code) ? Optional.of(ParamType.DATA.parse(code)) : Optional.empty(),
          state, diff));
    }
    return new StateOverrides(out);
  }

  private static boolean present(JsonNode n) {
    return n != null && !n.isNull();
  }

  private static Optional<Map<UInt256, UInt256>> slots(JsonNode n) throws InvalidParamException {
    if (!present(n)) {
      return Optional.empty();
    }
    Map<UInt256, UInt256> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Hash key = ParamType.HASH.parse(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()));
      Hash value = ParamType.HASH.parse(e.getValue());
      out.put(new UInt256(new BigInteger(1, key.unsafeArray())), new UInt256(new BigInteger(1, value.unsafeArray())));
    }
    return Optional.of(out);
  }
}
