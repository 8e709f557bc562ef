package io.converge.state;

import io.converge.storage.Codec;
import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.Segment;
import io.converge.storage.Table;
import io.converge.storage.WriteBatch;
import io.converge.storage.memory.InMemoryStore;
import io.converge.trie.KeyValueNodeStore;
import io.converge.trie.NodeSink;
import io.converge.trie.NodeStore;
import io.converge.trie.SecureTrie;
import io.converge.trie.Trie;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where world states live: trie nodes and code in a {@link KeyValueStore} (RocksDB, or in memory). Nodes are
 * content-addressed and never deleted, so every committed root can be reopened with {@link #at}.
 */
public final class StateDatabase {
  /** Contract code by its Keccak-256 hash. */
  public static final Table<Hash, Bytes> CODE = Table.of(Segment.CODE, Codec.HASH, Codec.BYTES);

  private final KeyValueStore store;
  private final NodeStore nodes;
  private final Durability durability;

  public StateDatabase(KeyValueStore store, Durability durability) {
    this.store = Objects.requireNonNull(store, "store");
    this.nodes = new KeyValueNodeStore(store);
    this.durability = Objects.requireNonNull(durability, "durability");
  }

  public StateDatabase(KeyValueStore store) {
    this(store, Durability.BUFFERED);
  }

  /** A database that lives as long as the object: state tests, {@code evm run}, simulations. */
  public static StateDatabase inMemory() {
    return new StateDatabase(new InMemoryStore());
  }

  /** The world state with root {@code root}; a root the database lacks fails on first read (MissingNodeException). */
  public TrieWorldState at(Hash root) {
    return new TrieWorldState(this, root);
  }

  /** A state with no accounts. */
  public TrieWorldState empty() {
    return at(Trie.EMPTY_ROOT);
  }

  NodeStore nodes() {
    return nodes;
  }

  Optional<Bytes> code(Hash codeHash) {
    return store.get(CODE, codeHash);
  }

  /** Writes the new nodes of the tries and the new code in one atomic batch. */
  void persist(SecureTrie accountTrie, Collection<SecureTrie> storageTries, Map<Hash, Bytes> code) {
    try (WriteBatch batch = store.newWriteBatch()) {
      persistInto(batch, accountTrie, storageTries, code);
      batch.commit(durability);
    }
  }

  /** Adds the new nodes and code to {@code batch} without committing it: a block lands with its other writes. */
  void persistInto(WriteBatch batch, SecureTrie accountTrie, Collection<SecureTrie> storageTries,
      Map<Hash, Bytes> code) {
    NodeSink sink = KeyValueNodeStore.sinkInto(batch);
    for (SecureTrie t : storageTries) {
      t.commit(sink);
    }
    accountTrie.commit(sink);
    code.forEach((hash, bytes) -> batch.put(CODE, hash, bytes));
  }
}
