package io.converge.types.transaction;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.List;

/** The addresses and storage slots a transaction declares it will touch (EIP-2930), warm from the start. */
public record AccessList(List<Entry> entries) {
  public static final AccessList EMPTY = new AccessList(List.of());

  public AccessList {
    entries = List.copyOf(entries);
  }

  /** One address with the storage keys declared for it; repeats are allowed and each is charged. */
  public record Entry(Address address, List<Hash> storageKeys) {
    public Entry {
      java.util.Objects.requireNonNull(address, "address");
      storageKeys = List.copyOf(storageKeys);
    }
  }

  public static AccessList of(Entry... entries) {
    return new AccessList(List.of(entries));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** How many addresses the list names, counting repeats (each costs gas). */
  public int addressCount() {
    return entries.size();
  }

  /** How many storage keys the list names, counting repeats. */
  public int storageKeyCount() {
    int n = 0;
    for (Entry e : entries) {
      n += e.storageKeys().size();
    }
    return n;
  }

  /** Reads {@code [[address, [key, ...]], ...]}; addresses must be 20 bytes and keys 32. */
  public static AccessList readFrom(RlpReader reader) throws RlpException {
    reader.enterList();
    if (!reader.hasMoreInList()) {
      reader.leaveList();
      return EMPTY;
    }
    List<Entry> entries = new ArrayList<>();
    while (reader.hasMoreInList()) {
      reader.enterList();
      Address address = Address.fromRlp(reader);
      List<Hash> keys = new ArrayList<>();
      reader.enterList();
      while (reader.hasMoreInList()) {
        keys.add(Hash.fromRlp(reader));
      }
      reader.leaveList();
      reader.leaveList();
      entries.add(new Entry(address, keys));
    }
    reader.leaveList();
    return new AccessList(entries);
  }

  public void writeTo(RlpWriter writer) {
    writer.startList();
    for (Entry e : entries) {
      writer.startList();
      writer.writeBytes(e.address().unsafeArray());
      writer.startList();
      for (Hash key : e.storageKeys()) {
        writer.writeBytes(key.unsafeArray());
      }
      writer.endList();
      writer.endList();
    }
    writer.endList();
  }
}
