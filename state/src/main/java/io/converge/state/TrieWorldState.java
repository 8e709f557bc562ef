package io.converge.state;

import io.converge.evm.world.World;
import io.converge.trie.SecureTrie;
import io.converge.trie.Trie;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The world state on Merkle Patricia tries, with a journal. Accounts and slots are cached in memory while a block
 * runs; tries are written only when the root is asked for ({@link #rootHash}) and persisted by {@link #commit}, so an
 * SSTORE/SLOAD loop costs hash-map operations, not trie updates.
 *
 * <p>Three horizons: a snapshot (undone by {@link #revertTo}), a transaction (ended by {@link #finishTransaction},
 * which fixes the EIP-2200 original values and forgets the journal), and a flush (the cached changes of all finished
 * transactions written into the tries). Not thread-safe.
 */
public final class TrieWorldState implements World {
  private final StateDatabase database;
  /** The root this state was opened at: committed, so {@link #proof} can prove against it. */
  private final Hash openedRoot;
  private final SecureTrie accountTrie;
  private final Map<Address, CachedAccount> accounts = new HashMap<>();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final List<CachedAccount> toFlush = new ArrayList<>();
  private final List<CachedAccount> withTransactionOriginals = new ArrayList<>();
  /** Storage tries written since the last commit, whose new nodes must be persisted. */
  private final List<SecureTrie> unpersistedStorage = new ArrayList<>();
  /** Code set since the last commit, by hash. */
  private final Map<Hash, Bytes> newCode = new HashMap<>();
  /**
   * The account last looked up, by identity of the address object: the EVM passes the same {@code Address} for every
   * SLOAD and SSTORE of a frame, and hashing a 20-byte address dominated such loops. Cleared whenever an account
   * object is replaced or a revert may have restored another.
   */
  private Address lastAddress;
  private CachedAccount lastAccount;

  TrieWorldState(StateDatabase database, Hash root) {
    this.database = database;
    this.openedRoot = root;
    this.accountTrie = SecureTrie.at(root, database.nodes());
  }

  // ---- reads ----

  @Override
  public boolean exists(Address address) {
    return account(address).exists;
  }

  @Override
  public long nonce(Address address) {
    return account(address).nonce;
  }

  @Override
  public Wei balance(Address address) {
    return account(address).balance;
  }

  @Override
  public Bytes code(Address address) {
    CachedAccount a = account(address);
    if (a.code == null) {
      a.code = loadCode(a.codeHash);
    }
    return a.code;
  }

  @Override
  public Hash codeHash(Address address) {
    return account(address).codeHash;
  }

  @Override
  public UInt256 storage(Address address, UInt256 key) {
    return slot(account(address), key);
  }

  @Override
  public UInt256 originalStorage(Address address, UInt256 key) {
    CachedAccount a = account(address);
    UInt256 original = a.transactionOriginal.get(key);
    return original != null ? original : slot(a, key);
  }

  @Override
  public boolean hasStorage(Address address) {
    CachedAccount a = account(address);
    for (UInt256 v : a.current.values()) {
      if (!v.isZero()) {
        return true;
      }
    }
    if (a.storageCleared || a.storageRoot.equals(Trie.EMPTY_ROOT)) {
      return false;
    }
    if (a.written.isEmpty()) {
      return true;
    }
    // The trie has slots, but this block may have zeroed them all: apply the zeros to a copy and look.
    SecureTrie copy = storageTrie(a).copy();
    for (UInt256 key : a.written) {
      UInt256 value = a.current.get(key);
      if (value != null && value.isZero()) {
        copy.removeHashed(StorageSlots.trieKey(key));
      }
    }
    return !copy.isEmpty();
  }

  /** The account's fields as they would be stored now (the storage root as of the last flush). */
  public Optional<Account> get(Address address) {
    CachedAccount a = account(address);
    return a.exists ? Optional.of(a.fields()) : Optional.empty();
  }

  /**
   * The EIP-1186 proof of {@code address} and its {@code slots} in the committed state this object was opened at
   * ({@link StateDatabase#at}; for a block, what {@code Blockchain.stateAt} returns). Changes made through this object
   * since, flushed or committed or not, are not in it.
   */
  public StateProof proof(Address address, List<UInt256> slots) {
    Objects.requireNonNull(address, "address");
    return StateProofs.prove(database.nodes(), openedRoot, address, slots);
  }

  // ---- writes ----

  @Override
  public void ensureExists(Address address) {
    CachedAccount a = account(address);
    if (!a.exists) {
      journal.add(new JournalEntry.Created(a));
      a.exists = true;
      queueFlush(a);
    }
  }

  @Override
  public void setNonce(Address address, long nonce) {
    CachedAccount a = existing(address);
    journal.add(new JournalEntry.NonceChanged(a, a.nonce));
    a.nonce = nonce;
  }

  @Override
  public void setBalance(Address address, Wei balance) {
    Objects.requireNonNull(balance, "balance");
    CachedAccount a = existing(address);
    journal.add(new JournalEntry.BalanceChanged(a, a.balance));
    a.balance = balance;
  }

  @Override
  public void setCode(Address address, Bytes code) {
    Objects.requireNonNull(code, "code");
    CachedAccount a = existing(address);
    journal.add(new JournalEntry.CodeChanged(a, a.code, a.codeHash, a.codeChanged));
    a.code = code;
    a.codeHash = code.isEmpty() ? EMPTY_CODE_HASH : Hash.keccak256(code.unsafeArray());
    a.codeChanged = true;
  }

  @Override
  public void setStorage(Address address, UInt256 key, UInt256 value) {
    Objects.requireNonNull(value, "value");
    CachedAccount a = existing(address);
    UInt256 cached = a.current.get(key);
    boolean first = !a.transactionOriginal.containsKey(key);
    if (first) {
      a.transactionOriginal.put(key, cached != null ? cached : slot(a, key));
      // Later writes in this transaction find the key in transactionOriginal and need not repeat this.
      a.written.add(key);
      if (!a.queuedForTransactionEnd) {
        a.queuedForTransactionEnd = true;
        withTransactionOriginals.add(a);
      }
    }
    journal.add(new JournalEntry.StorageChanged(a, key, cached, first));
    a.current.put(key, value);
  }

  @Override
  public void createAccount(Address address) {
    Wei balance = balance(address);
    CachedAccount fresh = CachedAccount.absent(address);
    fresh.exists = true;
    fresh.balance = balance;
    replace(address, fresh);
  }

  @Override
  public void deleteAccount(Address address) {
    replace(address, CachedAccount.absent(address));
  }

  @Override
  public int snapshot() {
    return journal.size();
  }

  @Override
  public void revertTo(int snapshot) {
    if (snapshot < 0 || snapshot > journal.size()) {
      throw new IllegalArgumentException("no snapshot " + snapshot + " (journal has " + journal.size() + " entries)");
    }
    for (int i = journal.size() - 1; i >= snapshot; i--) {
      journal.remove(i).undo(accounts);
    }
    lastAddress = null;
    lastAccount = null;
  }

  // ---- transaction and block boundaries ----

  /**
   * Ends the running transaction: its writes become the original values the next one sees, and its journal is
   * dropped, so snapshots taken before cannot be reverted to.
   */
  public void finishTransaction() {
    for (CachedAccount a : withTransactionOriginals) {
      a.transactionOriginal.clear();
      a.queuedForTransactionEnd = false;
    }
    withTransactionOriginals.clear();
    journal.clear();
  }

  /** Finishes the transaction and writes every cached change into the tries; returns the state root. Persists nothing. */
  public Hash rootHash() {
    finishTransaction();
    for (CachedAccount a : toFlush) {
      a.queuedForFlush = false;
      if (accounts.get(a.address) != a) {
        continue; // replaced later, or its creation reverted: the object in the map (if any) is queued itself
      }
      flush(a);
    }
    toFlush.clear();
    return accountTrie.rootHash();
  }

  /** Writes the state to the database in one batch and returns its root, from which {@link StateDatabase#at} reopens it. */
  public Hash commit() {
    Hash root = rootHash();
    database.persist(accountTrie, unpersistedStorage, newCode);
    unpersistedStorage.clear();
    newCode.clear();
    return root;
  }

  /**
   * Like {@link #commit}, but adds the writes to {@code batch} for the caller to commit: a block's trie nodes and code
   * land in the same atomic batch as the block itself.
   */
  public Hash commitInto(io.converge.storage.WriteBatch batch) {
    Hash root = rootHash();
    database.persistInto(batch, accountTrie, unpersistedStorage, newCode);
    unpersistedStorage.clear();
    newCode.clear();
    return root;
  }

  private void flush(CachedAccount a) {
    Hash addressKey = SecureTrie.hashKey(a.address.toBytes());
    if (!a.exists) {
      accountTrie.removeHashed(addressKey);
      a.written.clear();
      return;
    }
    if (a.storageCleared) {
      a.storageTrie = SecureTrie.empty(database.nodes());
      a.storageCleared = false;
    }
    if (!a.written.isEmpty()) {
      SecureTrie trie = storageTrie(a);
      for (UInt256 key : a.written) {
        UInt256 value = a.current.get(key);
        if (value == null) {
          continue; // the write was reverted and the slot never read since: the trie still holds it
        }
        if (value.isZero()) {
          trie.removeHashed(StorageSlots.trieKey(key));
        } else {
          trie.putHashed(StorageSlots.trieKey(key), StorageSlots.encodeValue(value));
        }
      }
      a.written.clear();
    }
    if (a.storageTrie != null) {
      a.storageRoot = a.storageTrie.rootHash();
      unpersistedStorage.add(a.storageTrie);
    }
    if (a.codeChanged) {
      newCode.put(a.codeHash, a.code);
      a.codeChanged = false;
    }
    accountTrie.putHashed(addressKey, Bytes.wrap(a.fields().encode()));
  }

  // ---- caching ----

  private CachedAccount account(Address address) {
    if (address == lastAddress) {
      return lastAccount;
    }
    CachedAccount a = accounts.get(address);
    if (a == null) {
      a = load(address);
      accounts.put(address, a);
    }
    lastAddress = address;
    lastAccount = a;
    return a;
  }

  /** The account, created empty if absent (setters create, as {@link World} says). Queues it for the next flush. */
  private CachedAccount existing(Address address) {
    CachedAccount a = account(address);
    if (!a.exists) {
      journal.add(new JournalEntry.Created(a));
      a.exists = true;
    }
    queueFlush(a);
    return a;
  }

  private CachedAccount load(Address address) {
    Optional<Bytes> stored = accountTrie.get(address.toBytes());
    if (stored.isEmpty()) {
      return CachedAccount.absent(address);
    }
    Account fields = Account.decode(stored.get().unsafeArray());
    CachedAccount a = new CachedAccount(address, true, fields);
    if (fields.codeHash().equals(EMPTY_CODE_HASH)) {
      a.code = Bytes.EMPTY;
    }
    return a;
  }

  private void replace(Address address, CachedAccount fresh) {
    journal.add(new JournalEntry.AccountReplaced(address, accounts.get(address)));
    accounts.put(address, fresh);
    lastAddress = null;
    lastAccount = null;
    queueFlush(fresh);
  }

  private void queueFlush(CachedAccount a) {
    if (!a.queuedForFlush) {
      a.queuedForFlush = true;
      toFlush.add(a);
    }
  }

  private UInt256 slot(CachedAccount a, UInt256 key) {
    UInt256 v = a.current.get(key);
    if (v != null) {
      return v;
    }
    if (a.storageCleared || a.storageRoot.equals(Trie.EMPTY_ROOT)) {
      v = UInt256.ZERO;
    } else {
      v = storageTrie(a).getHashed(StorageSlots.trieKey(key)).map(StorageSlots::decodeValue).orElse(UInt256.ZERO);
    }
    a.current.put(key, v);
    return v;
  }

  private SecureTrie storageTrie(CachedAccount a) {
    if (a.storageTrie == null) {
      a.storageTrie = SecureTrie.at(a.storageRoot, database.nodes());
    }
    return a.storageTrie;
  }

  private Bytes loadCode(Hash codeHash) {
    if (codeHash.equals(EMPTY_CODE_HASH)) {
      return Bytes.EMPTY;
    }
    Bytes pending = newCode.get(codeHash);
    if (pending != null) {
      return pending;
    }
    return database.code(codeHash)
        .orElseThrow(() -> new MissingCodeException(codeHash));
  }
}
