package io.converge.trie;

import io.converge.crypto.hash.Keccak256;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.List;
import java.util.Optional;

/**
 * A trie keyed by Keccak-256 of the caller's key, as the state trie (keyed by address) and storage tries (keyed by
 * slot) are. Hashing keeps the trie balanced whatever keys an attacker picks. Callers that already hold the hashed
 * key use the {@code ...Hashed} methods to skip hashing twice.
 */
public final class SecureTrie implements Trie {
  private final MerklePatriciaTrie trie;

  private SecureTrie(MerklePatriciaTrie trie) {
    this.trie = trie;
  }

  public static SecureTrie empty(NodeStore store) {
    return new SecureTrie(MerklePatriciaTrie.empty(store));
  }

  public static SecureTrie inMemory() {
    return new SecureTrie(MerklePatriciaTrie.inMemory());
  }

  public static SecureTrie at(Hash root, NodeStore store) {
    return new SecureTrie(MerklePatriciaTrie.at(root, store));
  }

  /** The trie key of {@code key}: its Keccak-256 hash. */
  public static Hash hashKey(Bytes key) {
    return Hash.wrap(Keccak256.hash(key.unsafeArray()));
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    return getHashed(hashKey(key));
  }

  @Override
  public void put(Bytes key, Bytes value) {
    putHashed(hashKey(key), value);
  }

  @Override
  public void remove(Bytes key) {
    removeHashed(hashKey(key));
  }

  public Optional<Bytes> getHashed(Hash keyHash) {
    return trie.get(Bytes.wrap(keyHash.unsafeArray()));
  }

  public void putHashed(Hash keyHash, Bytes value) {
    trie.put(Bytes.wrap(keyHash.unsafeArray()), value);
  }

  public void removeHashed(Hash keyHash) {
    trie.remove(Bytes.wrap(keyHash.unsafeArray()));
  }

  @Override
  public boolean isEmpty() {
    return trie.isEmpty();
  }

  @Override
  public Hash rootHash() {
    return trie.rootHash();
  }

  @Override
  public Hash commit(NodeSink sink) {
    return trie.commit(sink);
  }

  /** The proof of {@code key}, i.e. of its hash in the underlying trie; verify with {@link MerkleProof#verifySecure}. */
  @Override
  public List<Bytes> proof(Bytes key) {
    return trie.proof(Bytes.wrap(hashKey(key).unsafeArray()));
  }

  @Override
  public SecureTrie copy() {
    return new SecureTrie(trie.copy());
  }

  /** The underlying trie, whose keys are the hashes: iteration visits entries in hashed-key order. */
  public MerklePatriciaTrie hashedKeyTrie() {
    return trie;
  }

  @Override
  public String toString() {
    return "SecureTrie[root=" + rootHash() + "]";
  }
}
