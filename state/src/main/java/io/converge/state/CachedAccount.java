package io.converge.state;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.trie.SecureTrie;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One account as {@link TrieWorldState} holds it in memory during a block: its fields, the slots read or written, and
 * which of them changed. Creating or deleting an account replaces its object (see the journal), so that the old one's
 * storage can never leak into the new one.
 */
final class CachedAccount {
  final Address address;
  boolean exists;
  long nonce;
  Wei balance;
  Hash codeHash;
  /** The code, or null if not loaded yet. */
  Bytes code;
  /** Whether the code was set since the last flush and must be stored. */
  boolean codeChanged;

  /** The root of the storage trie as of the last flush; the trie is opened lazily. */
  Hash storageRoot;
  SecureTrie storageTrie;
  /** Created or deleted since the last flush: slots not in {@link #current} are zero, the old trie is ignored. */
  boolean storageCleared;

  /** The best-known value of every slot read or written, zeros included. */
  final Map<UInt256, UInt256> current = new HashMap<>();
  /** For slots written by the running transaction, the value they had when it started (EIP-2200 "original"). */
  final Map<UInt256, UInt256> transactionOriginal = new HashMap<>();
  /** Slots written since the last flush, to be written to the storage trie. */
  final Set<UInt256> written = new HashSet<>();

  /** Whether the account is in the state's list of accounts to flush. */
  boolean queuedForFlush;
  /** Whether the account is in the state's list of accounts with a transaction-original to forget. */
  boolean queuedForTransactionEnd;

  CachedAccount(Address address, boolean exists, Account fields) {
    this.address = address;
    this.exists = exists;
    this.nonce = fields.nonce();
    this.balance = fields.balance();
    this.codeHash = fields.codeHash();
    this.storageRoot = fields.storageRoot();
  }

  /** An absent account, or one just deleted: nothing in it, no storage behind it. */
  static CachedAccount absent(Address address) {
    CachedAccount a = new CachedAccount(address, false, Account.EMPTY);
    a.code = Bytes.EMPTY;
    a.storageCleared = true;
    return a;
  }

  Account fields() {
    return new Account(nonce, balance, storageRoot, codeHash);
  }
}
