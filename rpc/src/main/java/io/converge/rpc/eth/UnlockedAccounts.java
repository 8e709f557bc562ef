package io.converge.rpc.eth;

import io.converge.crypto.hd.AccountAddress;
import io.converge.types.Address;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dev accounts whose keys the node holds, for {@code eth_accounts}, {@code eth_sendTransaction}, {@code eth_sign}
 * and {@code eth_signTypedData_v4}. A production node serves {@link #none()}.
 */
public final class UnlockedAccounts {
  private static final UnlockedAccounts NONE = new UnlockedAccounts(Map.of());

  // Insertion order is the order eth_accounts lists them in.
  private final Map<Address, byte[]> keys;

  private UnlockedAccounts(Map<Address, byte[]> keys) {
    this.keys = keys;
  }

  public static UnlockedAccounts none() {
    return NONE;
  }

  public static UnlockedAccounts of(List<byte[]> privateKeys) {
    Map<Address, byte[]> keys = new LinkedHashMap<>();
    for (byte[] key : privateKeys) {
      if (key.length != 32) {
        throw new IllegalArgumentException("a private key is 32 bytes, got " + key.length);
      }
      keys.put(Address.wrap(AccountAddress.fromPrivateKey(key).bytes()), key.clone());
    }
    return new UnlockedAccounts(Collections.unmodifiableMap(keys));
  }

  public List<Address> addresses() {
    return new ArrayList<>(keys.keySet());
  }

  /** The private key of an unlocked account; callers must not keep or modify it. */
  Optional<byte[]> keyOf(Address address) {
    return Optional.ofNullable(keys.get(address));
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }
}
