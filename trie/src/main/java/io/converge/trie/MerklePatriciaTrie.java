package io.converge.trie;

import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The Merkle Patricia trie with keys used as they are (transaction, receipt and withdrawal tries; the secure tries of
 * state and storage wrap this one in {@link SecureTrie}). Opened at a root, it loads nodes from its {@link NodeStore}
 * only as paths are walked; updates replace the nodes along a path and {@link #commit} writes just those.
 */
public final class MerklePatriciaTrie implements Trie {
  private final NodeStore store;
  private final NodeLoader loader;
  private Node root;

  private MerklePatriciaTrie(NodeStore store, NodeLoader loader, Node root) {
    this.store = store;
    this.loader = loader;
    this.root = root;
  }

  /** An empty trie whose nodes, once committed, will be read back from {@code store}. */
  public static MerklePatriciaTrie empty(NodeStore store) {
    Objects.requireNonNull(store, "store");
    return new MerklePatriciaTrie(store, new NodeLoader(store), EmptyNode.INSTANCE);
  }

  /** An empty trie that is never committed and reopened: computing a root, building a proof. */
  public static MerklePatriciaTrie inMemory() {
    return empty(NodeStore.NONE);
  }

  /**
   * The trie with root {@code root} in {@code store}. Nothing is read yet: a root the store lacks is reported by the
   * first read as a {@link MissingNodeException}.
   */
  public static MerklePatriciaTrie at(Hash root, NodeStore store) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(store, "store");
    Node node = root.equals(EMPTY_ROOT) ? EmptyNode.INSTANCE : new StoredNode(root);
    return new MerklePatriciaTrie(store, new NodeLoader(store), node);
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    return Optional.ofNullable(root.get(Nibbles.fromKey(key.unsafeArray()), 0, loader));
  }

  @Override
  public void put(Bytes key, Bytes value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      remove(key);
      return;
    }
    root = root.put(Nibbles.fromKey(key.unsafeArray()), 0, value, loader);
  }

  @Override
  public void remove(Bytes key) {
    root = root.remove(Nibbles.fromKey(key.unsafeArray()), 0, loader);
  }

  @Override
  public boolean isEmpty() {
    return root.resolve(loader) instanceof EmptyNode;
  }

  @Override
  public Hash rootHash() {
    return root instanceof EmptyNode ? EMPTY_ROOT : root.hash();
  }

  @Override
  public Hash commit(NodeSink sink) {
    Objects.requireNonNull(sink, "sink");
    writeNew(root, sink);
    // The root is stored by hash even when short enough to be embedded: it is what the trie is reopened by.
    if (!(root instanceof EmptyNode || root instanceof StoredNode) && !root.isReferencedByHash()) {
      sink.put(root.hash(), Bytes.wrap(root.encoding()));
    }
    return rootHash();
  }

  /** Writes the unpersisted nodes of a subtree, children first; persisted subtrees are skipped whole. */
  private static void writeNew(Node node, NodeSink sink) {
    if (node.persisted) {
      return;
    }
    if (node instanceof BranchNode branch) {
      for (Node child : branch.children) {
        writeNew(child, sink);
      }
    } else if (node instanceof ExtensionNode ext) {
      writeNew(ext.child, sink);
    }
    if (node.isReferencedByHash()) {
      sink.put(node.hash(), Bytes.wrap(node.encoding()));
    }
    node.persisted = true;
  }

  @Override
  public List<Bytes> proof(Bytes key) {
    byte[] path = Nibbles.fromKey(key.unsafeArray());
    List<Bytes> proof = new ArrayList<>();
    Node node = root.resolve(loader);
    int at = 0;
    boolean first = true;
    while (!(node instanceof EmptyNode)) {
      // Embedded nodes are inside their parent's encoding already; only the root and hashed nodes are listed.
      if (first || node.isReferencedByHash()) {
        proof.add(Bytes.wrap(node.encoding()));
      }
      first = false;
      if (node instanceof ExtensionNode ext && Nibbles.startsWith(path, at, ext.path)) {
        at += ext.path.length;
        node = ext.child.resolve(loader);
      } else if (node instanceof BranchNode branch && at < path.length) {
        node = branch.children[path[at++]].resolve(loader);
      } else {
        break;
      }
    }
    return proof;
  }

  @Override
  public MerklePatriciaTrie copy() {
    return new MerklePatriciaTrie(store, loader, root);
  }

  /** The entry with the smallest key, if any. */
  public Optional<TrieEntry> firstEntry() {
    return Optional.ofNullable(new KeyOrder(loader).first(root, Nibbles.EMPTY));
  }

  /** The entry with the largest key, if any. */
  public Optional<TrieEntry> lastEntry() {
    return Optional.ofNullable(new KeyOrder(loader).last(root, Nibbles.EMPTY));
  }

  /** The entry with the smallest key strictly greater than {@code key}. */
  public Optional<TrieEntry> higherEntry(Bytes key) {
    return Optional.ofNullable(new KeyOrder(loader).above(root, Nibbles.EMPTY, Nibbles.fromKey(key.unsafeArray()), true));
  }

  /** The entry with the smallest key greater than or equal to {@code key}. */
  public Optional<TrieEntry> ceilingEntry(Bytes key) {
    return Optional.ofNullable(new KeyOrder(loader).above(root, Nibbles.EMPTY, Nibbles.fromKey(key.unsafeArray()), false));
  }

  /** The entry with the largest key strictly less than {@code key}. */
  public Optional<TrieEntry> lowerEntry(Bytes key) {
    return Optional.ofNullable(new KeyOrder(loader).below(root, Nibbles.EMPTY, Nibbles.fromKey(key.unsafeArray()), true));
  }

  /** The entry with the largest key less than or equal to {@code key}. */
  public Optional<TrieEntry> floorEntry(Bytes key) {
    return Optional.ofNullable(new KeyOrder(loader).below(root, Nibbles.EMPTY, Nibbles.fromKey(key.unsafeArray()), false));
  }

  /**
   * The entries with keys at or above {@code from}, in key order, read lazily from a snapshot taken now. Each step
   * walks down from the root; loaded nodes stay cached, so a full scan reads each node from the store once.
   */
  public Iterator<TrieEntry> entriesFrom(Bytes from) {
    Node snapshot = root;
    KeyOrder order = new KeyOrder(loader);
    return new Iterator<>() {
      private TrieEntry next = order.above(snapshot, Nibbles.EMPTY, Nibbles.fromKey(from.unsafeArray()), false);

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public TrieEntry next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        TrieEntry current = next;
        next = order.above(snapshot, Nibbles.EMPTY, Nibbles.fromKey(current.key().unsafeArray()), true);
        return current;
      }
    };
  }

  /** All entries in key order. */
  public Iterable<TrieEntry> entries() {
    return () -> entriesFrom(Bytes.EMPTY);
  }

  /** The store this trie reads from. */
  public NodeStore store() {
    return store;
  }

  @Override
  public String toString() {
    return "MerklePatriciaTrie[root=" + rootHash() + "]";
  }
}
