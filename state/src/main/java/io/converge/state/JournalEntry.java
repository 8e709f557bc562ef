package io.converge.state;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.util.Map;

/**
 * One undoable change of a {@link TrieWorldState}. Entries hold the object they changed, not its address: after an
 * account is replaced, undoing a change to the old object must not touch the new one.
 */
sealed interface JournalEntry {

  void undo(Map<Address, CachedAccount> accounts);

  /** The account object at {@code address} was replaced (creation, deletion); {@code previous} null if none was loaded. */
  record AccountReplaced(Address address, CachedAccount previous) implements JournalEntry {
    @Override
    public void undo(Map<Address, CachedAccount> accounts) {
      if (previous == null) {
        accounts.remove(address);
      } else {
        accounts.put(address, previous);
      }
    }
  }

  record Created(CachedAccount account) implements JournalEntry {
    @Override
    public void undo(Map<Address, CachedAccount> accounts) {
      account.exists = false;
    }
  }

  record NonceChanged(CachedAccount account, long previous) implements JournalEntry {
    @Override
    public void undo(Map<Address, CachedAccount> accounts) {
      account.nonce = previous;
    }
  }

  record BalanceChanged(CachedAccount account, Wei previous) implements JournalEntry {
    @Override
    public void undo(Map<Address, CachedAccount> accounts) {
      account.balance = previous;
    }
  }

  record CodeChanged(CachedAccount account, Bytes previousCode, Hash previousHash, boolean previouslyChanged)
      implements JournalEntry {
    @Override
    public void undo(Map<Address, CachedAccount> accounts) {
      account.code = previousCode;
      account.codeHash = previousHash;
      account.codeChanged = previouslyChanged;
    }
  }

  /**
   * A slot was written. {@code previous} is what {@link CachedAccount#current} held (null if nothing was cached);
   * {@code firstWriteInTransaction} says the transaction-original was recorded by this write.
   */
  record StorageChanged(CachedAccount account, UInt256 slot, UInt256 previous, boolean firstWriteInTransaction)
      implements JournalEntry {
    @Override
    public void undo(Map<Address, CachedAccount> accounts) {
      if (previous == null) {
        account.current.remove(slot);
      } else {
        account.current.put(slot, previous);
      }
      if (firstWriteInTransaction) {
        account.transactionOriginal.remove(slot);
      }
    }
  }
}
