package io.converge.bench.evm;

import io.converge.evm.world.World;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A HashMap-backed {@link World} for one transaction, so that the benchmark measures the EVM rather than the trie. Every
 * change pushes an undo step; {@link #snapshot} is the journal height and {@link #revertTo} pops back to it. Original
 * storage (EIP-2200) is the committed state the transaction started from: {@link #startingFrom} copies it and never
 * changes it.
 */
final class InMemoryWorld implements World {
  private record Account(long nonce, Wei balance, Bytes code, Hash codeHash) {
    static final Account EMPTY = new Account(0, Wei.ZERO, Bytes.EMPTY, EMPTY_CODE_HASH);

    Account {
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(codeHash, "codeHash");
    }
  }

  private final Map<Address, Account> accounts;
  private final Map<Address, Map<UInt256, UInt256>> storage;
  private final Map<Address, Map<UInt256, UInt256>> committedStorage;
  /** Accounts (re)created in this transaction: their original storage reads zero. */
  private final Set<Address> created = new HashSet<>();
  private final List<Runnable> undo = new ArrayList<>();

  private InMemoryWorld(Map<Address, Account> accounts, Map<Address, Map<UInt256, UInt256>> storage,
      Map<Address, Map<UInt256, UInt256>> committedStorage) {
    this.accounts = accounts;
    this.storage = storage;
    this.committedStorage = committedStorage;
  }

  /** An empty world. */
  static InMemoryWorld empty() {
    return new InMemoryWorld(new HashMap<>(), new HashMap<>(), Map.of());
  }

  /** A new transaction on the current state of {@code committed}, which must not change while the result is in use. */
  static InMemoryWorld startingFrom(InMemoryWorld committed) {
    Map<Address, Map<UInt256, UInt256>> storage = new HashMap<>();
    committed.storage.forEach((address, slots) -> storage.put(address, new HashMap<>(slots)));
    return new InMemoryWorld(new HashMap<>(committed.accounts), storage, committed.storage);
  }

  @Override
  public boolean exists(Address address) {
    return accounts.containsKey(address);
  }

  @Override
  public long nonce(Address address) {
    return account(address).nonce();
  }

  @Override
  public Wei balance(Address address) {
    return account(address).balance();
  }

  @Override
  public Bytes code(Address address) {
    return account(address).code();
  }

  @Override
  public Hash codeHash(Address address) {
    return account(address).codeHash();
  }

  @Override
  public UInt256 storage(Address address, UInt256 key) {
    Map<UInt256, UInt256> slots = storage.get(address);
    return slots == null ? UInt256.ZERO : slots.getOrDefault(key, UInt256.ZERO);
  }

  @Override
  public UInt256 originalStorage(Address address, UInt256 key) {
    if (created.contains(address)) {
      return UInt256.ZERO;
    }
    Map<UInt256, UInt256> slots = committedStorage.get(address);
    return slots == null ? UInt256.ZERO : slots.getOrDefault(key, UInt256.ZERO);
  }

  @Override
  public boolean hasStorage(Address address) {
    Map<UInt256, UInt256> slots = storage.get(address);
    return slots != null && !slots.isEmpty();
  }

  @Override
  public void ensureExists(Address address) {
    if (!accounts.containsKey(address)) {
      putAccount(address, Account.EMPTY);
    }
  }

  @Override
  public void setNonce(Address address, long nonce) {
    Account a = account(address);
    putAccount(address, new Account(nonce, a.balance(), a.code(), a.codeHash()));
  }

  @Override
  public void setBalance(Address address, Wei balance) {
    Account a = account(address);
    putAccount(address, new Account(a.nonce(), balance, a.code(), a.codeHash()));
  }

  @Override
  public void setCode(Address address, Bytes code) {
    Account a = account(address);
    Hash codeHash = code.isEmpty() ? EMPTY_CODE_HASH : Hash.keccak256(code.unsafeArray());
    putAccount(address, new Account(a.nonce(), a.balance(), code, codeHash));
  }

  @Override
  public void setStorage(Address address, UInt256 key, UInt256 value) {
    ensureExists(address);
    Map<UInt256, UInt256> slots = storage.computeIfAbsent(address, a -> new HashMap<>());
    UInt256 previous = value.isZero() ? slots.remove(key) : slots.put(key, value);
    undo.add(() -> {
      if (previous == null) {
        slots.remove(key);
      } else {
        slots.put(key, previous);
      }
    });
  }

  @Override
  public void createAccount(Address address) {
    putAccount(address, new Account(0, account(address).balance(), Bytes.EMPTY, EMPTY_CODE_HASH));
    clearStorage(address);
    if (created.add(address)) {
      undo.add(() -> created.remove(address));
    }
  }

  @Override
  public void deleteAccount(Address address) {
    Account previous = accounts.remove(address);
    if (previous != null) {
      undo.add(() -> accounts.put(address, previous));
    }
    clearStorage(address);
  }

  @Override
  public int snapshot() {
    return undo.size();
  }

  @Override
  public void revertTo(int snapshot) {
    if (snapshot < 0 || snapshot > undo.size()) {
      throw new IllegalArgumentException("no snapshot " + snapshot + " (journal height " + undo.size() + ")");
    }
    while (undo.size() > snapshot) {
      undo.remove(undo.size() - 1).run();
    }
  }

  private Account account(Address address) {
    return accounts.getOrDefault(address, Account.EMPTY);
  }

  private void putAccount(Address address, Account account) {
    Account previous = accounts.put(address, account);
    undo.add(() -> {
      if (previous == null) {
        accounts.remove(address);
      } else {
        accounts.put(address, previous);
      }
    });
  }

  private void clearStorage(Address address) {
    Map<UInt256, UInt256> previous = storage.remove(address);
    if (previous != null) {
      undo.add(() -> storage.put(address, previous));
    }
  }
}
