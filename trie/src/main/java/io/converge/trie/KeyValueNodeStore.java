package io.converge.trie;

import io.converge.storage.Codec;
import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.Segment;
import io.converge.storage.Table;
import io.converge.storage.WriteBatch;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.Objects;
import java.util.Optional;

/**
 * Trie nodes in the {@link Segment#TRIE_NODES} segment of a {@link KeyValueStore}. Nodes are content-addressed and
 * never deleted here, so any committed root stays readable (pruning is a separate concern).
 */
public final class KeyValueNodeStore implements NodeStore {
  /** Node hash to node RLP. */
  public static final Table<Hash, Bytes> NODES = Table.of(Segment.TRIE_NODES, Codec.HASH, Codec.BYTES);

  private final KeyValueStore store;

  public KeyValueNodeStore(KeyValueStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<Bytes> load(Hash hash) {
    return store.get(NODES, hash);
  }

  /** A sink that adds nodes to {@code batch}, so that they commit atomically with whatever else the batch holds. */
  public static NodeSink sinkInto(WriteBatch batch) {
    Objects.requireNonNull(batch, "batch");
    return (hash, encoding) -> batch.put(NODES, hash, encoding);
  }

  /** Commits {@code trie}'s new nodes in a batch of their own and returns its root. */
  public Hash commit(Trie trie, Durability durability) {
    try (WriteBatch batch = store.newWriteBatch()) {
      Hash root = trie.commit(sinkInto(batch));
      batch.commit(durability);
      return root;
    }
  }
}
