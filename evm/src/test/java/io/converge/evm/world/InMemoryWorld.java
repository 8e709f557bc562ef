package io.converge.evm.world;

import io.converge.crypto.hash.Keccak256;
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
import java.util.Set;

/**
 * A {@link World} in plain maps for the EVM's own tests, journaled with undo actions. {@link #commitTransaction()}
 * marks the start of the next transaction (what {@link #originalStorage} reads).
 */
public final class InMemoryWorld implements World {
  private static final class Account {
    long nonce;
    Wei balance = Wei.ZERO;
    Bytes code = Bytes.EMPTY;
    Hash codeHash = EMPTY_CODE_HASH;
    Map<UInt256, UInt256> storage = new HashMap<>();

    Account copy() {
      Account a = new Account();
      a.nonce = nonce;
      a.balance = balance;
      a.code = code;
      a.codeHash = codeHash;
      a.storage = new HashMap<>(storage);
      return a;
    }
  }

  private final Map<Address, Account> accounts = new HashMap<>();
  private final Map<Address, Map<UInt256, UInt256>> original = new HashMap<>();
  private final Set<Address> createdInTransaction = new HashSet<>();
  private final List<Runnable> undo = new ArrayList<>();

  /** Ends the current transaction: its writes become the original values of the next. */
  public void commitTransaction() {
    undo.clear();
    createdInTransaction.clear();
    original.clear();
    accounts.forEach((address, account) -> original.put(address, new HashMap<>(account.storage)));
  }

  private Account read(Address address) {
    return accounts.get(address);
  }

  private Account write(Address address) {
    Account existing = accounts.get(address);
    if (existing == null) {
      Account fresh = new Account();
      accounts.put(address, fresh);
      undo.add(() -> accounts.remove(address));
      return fresh;
    }
    Account before = existing.copy();
    undo.add(() -> accounts.put(address, before));
    Account after = existing.copy();
    accounts.put(address, after);
    return after;
  }

  @Override
  public boolean exists(Address address) {
    return accounts.containsKey(address);
  }

  @Override
  public long nonce(Address address) {
    Account a = read(address);
    return a == null ? 0 : a.nonce;
  }

  @Override
  public Wei balance(Address address) {
    Account a = read(address);
    return a == null ? Wei.ZERO : a.balance;
  }

  @Override
  public Bytes code(Address address) {
    Account a = read(address);
    return a == null ? Bytes.EMPTY : a.code;
  }

  @Override
  public Hash codeHash(Address address) {
    Account a = read(address);
    return a == null ? EMPTY_CODE_HASH : a.codeHash;
  }

  @Override
  public UInt256 storage(Address address, UInt256 key) {
    Account a = read(address);
    return a == null ? UInt256.ZERO : a.storage.getOrDefault(key, UInt256.ZERO);
  }

  @Override
  public UInt256 originalStorage(Address address, UInt256 key) {
    if (createdInTransaction.contains(address)) {
      return UInt256.ZERO;
    }
    return original.getOrDefault(address, Map.of()).getOrDefault(key, UInt256.ZERO);
  }

  @Override
  public boolean hasStorage(Address address) {
    Account a = read(address);
    return a != null && !a.storage.isEmpty();
  }

  @Override
  public void ensureExists(Address address) {
    if (!exists(address)) {
      write(address);
    }
  }

  @Override
  public void setNonce(Address address, long nonce) {
    write(address).nonce = nonce;
  }

  @Override
  public void setBalance(Address address, Wei balance) {
    write(address).balance = balance;
  }

  @Override
  public void setCode(Address address, Bytes code) {
    Account a = write(address);
    a.code = code;
    a.codeHash = Hash.wrap(Keccak256.hash(code.toArray()));
  }

  @Override
  public void setStorage(Address address, UInt256 key, UInt256 value) {
    Account a = write(address);
    if (value.isZero()) {
      a.storage.remove(key);
    } else {
      a.storage.put(key, value);
    }
  }

  @Override
  public void createAccount(Address address) {
    Wei balance = balance(address);
    Account before = accounts.get(address);
    Account fresh = new Account();
    fresh.balance = balance;
    accounts.put(address, fresh);
    boolean newlyCreated = createdInTransaction.add(address);
    undo.add(() -> {
      if (before == null) {
        accounts.remove(address);
      } else {
        accounts.put(address, before);
      }
      if (newlyCreated) {
        createdInTransaction.remove(address);
      }
    });
  }

  @Override
  public void deleteAccount(Address address) {
    Account before = accounts.remove(address);
    if (before != null) {
      undo.add(() -> accounts.put(address, before));
    }
  }

  @Override
  public int snapshot() {
    return undo.size();
  }

  @Override
  public void revertTo(int snapshot) {
    for (int i = undo.size() - 1; i >= snapshot; i--) {
      undo.remove(i).run();
    }
  }

  /** Every account's fields and storage, in address order, for comparing two worlds. */
  public String contents() {
    StringBuilder out = new StringBuilder();
    new java.util.TreeMap<>(accounts).forEach((address, a) -> {
      out.append(address).append(" nonce=").append(a.nonce).append(" balance=").append(a.balance)
          .append(" code=").append(a.codeHash).append(" storage=");
      new java.util.TreeMap<>(a.storage).forEach((k, v) -> out.append(k).append(':').append(v).append(','));
      out.append('\n');
    });
    return out.toString();
  }

  // --- Test set-up ---

  /** Puts an account with code, as a test's pre-state. */
  public InMemoryWorld withAccount(Address address, Wei balance, Bytes code) {
    setBalance(address, balance);
    setCode(address, code);
    return this;
  }

  public InMemoryWorld withStorage(Address address, UInt256 key, UInt256 value) {
    setStorage(address, key, value);
    return this;
  }
}
