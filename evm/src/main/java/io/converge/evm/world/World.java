package io.converge.evm.world;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;

/**
 * The account state the EVM reads and writes during one transaction. The {@code state} module implements it on the trie
 * with a journal; the EVM keeps its own substate (warm sets, logs, refunds, transient storage) and never sees tries.
 *
 * <p>Absent accounts read as empty: nonce 0, balance 0, no code, zero storage. Nonces are unsigned 64-bit values held in a
 * {@code long} (EIP-2681 caps them at 2^64-1).
 */
public interface World {
  /** Keccak-256 of the empty byte string: the code hash of an account without code. */
  Hash EMPTY_CODE_HASH = Hash.fromHex("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");

  /** Whether the account is present in the state, even if empty. */
  boolean exists(Address address);

  /** The account's nonce (unsigned), 0 if absent. */
  long nonce(Address address);

  /** The account's balance, zero if absent. */
  Wei balance(Address address);

  /** The account's code, empty if absent. */
  Bytes code(Address address);

  /** Keccak-256 of the account's code; {@link #EMPTY_CODE_HASH} for accounts without code, absent ones included. */
  Hash codeHash(Address address);

  /** The current value of a storage slot, zero if never written. */
  UInt256 storage(Address address, UInt256 key);

  /** The value the slot had when the current transaction started (EIP-2200 / EIP-3529 gas needs it). */
  UInt256 originalStorage(Address address, UInt256 key);

  /** Whether the account has any non-zero storage slot (EIP-7610: such an address cannot be created at). */
  boolean hasStorage(Address address);

  /** Creates an empty account at the address if none is present; otherwise does nothing. */
  void ensureExists(Address address);

  /** Sets the nonce, creating the account if absent. */
  void setNonce(Address address, long nonce);

  /** Sets the balance, creating the account if absent. */
  void setBalance(Address address, Wei balance);

  /** Sets the code, creating the account if absent. */
  void setCode(Address address, Bytes code);

  /** Writes a storage slot (zero means delete), creating the account if absent. */
  void setStorage(Address address, UInt256 key, UInt256 value);

  /**
   * Makes a fresh contract account for CREATE/CREATE2: keeps any balance already there, sets nonce 0 and empty code, and
   * clears all prior storage (so {@link #originalStorage} of its slots reads zero from here on).
   */
  void createAccount(Address address);

  /** Removes the account and its storage entirely (self-destruct, EIP-161 clean-up). */
  void deleteAccount(Address address);

  /** Marks the current state; {@link #revertTo} with the returned id undoes every change made after it. */
  int snapshot();

  /** Undoes all changes made since {@code snapshot} was taken; later snapshot ids become invalid. */
  void revertTo(int snapshot);

  /** EIP-161: an account is empty when it has nonce 0, balance 0 and no code. Absent accounts are empty too. */
  default boolean isEmpty(Address address) {
    return nonce(address) == 0 && balance(address).isZero() && codeHash(address).equals(EMPTY_CODE_HASH);
  }
}
