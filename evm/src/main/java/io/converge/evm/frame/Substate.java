package io.converge.evm.frame;

import io.converge.evm.LogEntry;
import io.converge.types.Address;
import io.converge.types.UInt256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transaction's execution substate that lives beside the world state: warm accounts and slots (EIP-2929), logs,
 * the refund counter, self-destructed and newly created accounts (EIP-6780), touched accounts (EIP-161) and transient
 * storage (EIP-1153). Every change is journaled, so a failed frame undoes its share with {@link #revertTo}.
 */
public final class Substate {
  private final Set<Address> warmAccounts = new HashSet<>();
  private final Set<StorageSlot> warmSlots = new HashSet<>();
  private final List<LogEntry> logs = new ArrayList<>();
  private final Set<Address> selfDestructs = new LinkedHashSet<>();
  private final Set<Address> created = new HashSet<>();
  private final Set<Address> touched = new LinkedHashSet<>();
  private final Set<Address> permanentlyTouched = new LinkedHashSet<>();
  private final Map<StorageSlot, UInt256> transientStorage = new HashMap<>();
  private final List<Change> journal = new ArrayList<>();
  private long refund;

  /** An undoable change. */
  private sealed interface Change {
    void undo(Substate substate);
  }

  private record AccountWarmed(Address address) implements Change {
    public void undo(Substate s) {
      s.warmAccounts.remove(address);
    }
  }

  private record SlotWarmed(StorageSlot slot) implements Change {
    public void undo(Substate s) {
      s.warmSlots.remove(slot);
    }
  }

  private record LogAdded() implements Change {
    public void undo(Substate s) {
      s.logs.remove(s.logs.size() - 1);
    }
  }

  private record RefundChanged(long previous) implements Change {
    public void undo(Substate s) {
      s.refund = previous;
    }
  }

  private record SelfDestructAdded(Address address) implements Change {
    public void undo(Substate s) {
      s.selfDestructs.remove(address);
    }
  }

  private record CreatedAdded(Address address) implements Change {
    public void undo(Substate s) {
      s.created.remove(address);
    }
  }

  private record TouchAdded(Address address) implements Change {
    public void undo(Substate s) {
      s.touched.remove(address);
    }
  }

  private record TransientSet(StorageSlot slot, UInt256 previous) implements Change {
    public void undo(Substate s) {
      if (previous == null) {
        s.transientStorage.remove(slot);
      } else {
        s.transientStorage.put(slot, previous);
      }
    }
  }

  /** A point to {@link #revertTo}. */
  public int mark() {
    return journal.size();
  }

  /** Undoes every change made after {@code mark} was taken. */
  public void revertTo(int mark) {
    for (int i = journal.size() - 1; i >= mark; i--) {
      journal.remove(i).undo(this);
    }
  }

  /** Marks the account warm; returns whether it was cold. */
  public boolean warmAccount(Address address) {
    if (warmAccounts.add(address)) {
      journal.add(new AccountWarmed(address));
      return true;
    }
    return false;
  }

  public boolean isWarm(Address address) {
    return warmAccounts.contains(address);
  }

  /** Marks the slot warm; returns whether it was cold. */
  public boolean warmSlot(Address address, UInt256 key) {
    StorageSlot slot = new StorageSlot(address, key);
    if (warmSlots.add(slot)) {
      journal.add(new SlotWarmed(slot));
      return true;
    }
    return false;
  }

  public void addLog(LogEntry log) {
    logs.add(log);
    journal.add(new LogAdded());
  }

  public List<LogEntry> logs() {
    return logs;
  }

  public long refund() {
    return refund;
  }

  /** Adds {@code delta} (possibly negative, EIP-2200) to the refund counter. */
  public void addRefund(long delta) {
    if (delta != 0) {
      journal.add(new RefundChanged(refund));
      refund += delta;
    }
  }

  /** Registers the account for deletion at the end of the transaction. */
  public void addSelfDestruct(Address address) {
    if (selfDestructs.add(address)) {
      journal.add(new SelfDestructAdded(address));
    }
  }

  public boolean isSelfDestructed(Address address) {
    return selfDestructs.contains(address);
  }

  public Set<Address> selfDestructs() {
    return selfDestructs;
  }

  /** Records that the account was created in this transaction (EIP-6780). */
  public void markCreated(Address address) {
    if (created.add(address)) {
      journal.add(new CreatedAdded(address));
    }
  }

  public boolean wasCreated(Address address) {
    return created.contains(address);
  }

  /** Records that the account was touched (EIP-161). */
  public void touch(Address address) {
    if (touched.add(address)) {
      journal.add(new TouchAdded(address));
    }
  }

  /**
   * Touches the account in a way no revert undoes. Only for the RIPEMD-160 precompile, whose touch mainnet kept
   * despite a revert in block 2675119; the spec preserves that by exception.
   */
  public void touchPermanently(Address address) {
    permanentlyTouched.add(address);
  }

  /** Touched accounts, reverted touches excluded except the permanent ones. */
  public Set<Address> touched() {
    if (permanentlyTouched.isEmpty()) {
      return touched;
    }
    Set<Address> all = new LinkedHashSet<>(touched);
    all.addAll(permanentlyTouched);
    return all;
  }

  public UInt256 transientValue(Address address, UInt256 key) {
    return transientStorage.getOrDefault(new StorageSlot(address, key), UInt256.ZERO);
  }

  public void setTransient(Address address, UInt256 key, UInt256 value) {
    StorageSlot slot = new StorageSlot(address, key);
    UInt256 previous = value.isZero() ? transientStorage.remove(slot) : transientStorage.put(slot, value);
    journal.add(new TransientSet(slot, previous));
  }
}
