package io.converge.trie;

import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.List;
import java.util.Optional;

/**
 * A Merkle Patricia trie as Ethereum defines it (Yellow Paper appendix D). Not thread-safe while being modified;
 * readers of a trie no one modifies may share it.
 *
 * <p>Reads may load nodes from the trie's {@link NodeStore} and throw {@link MissingNodeException} or
 * {@link CorruptNodeException} if it does not hold them.
 */
public interface Trie {

  /** Keccak-256 of RLP("") — the root of a trie with no keys. */
  Hash EMPTY_ROOT = Hash.fromHex("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");

  Optional<Bytes> get(Bytes key);

  /** Sets {@code key} to {@code value}; an empty value removes the key, as in Ethereum. */
  void put(Bytes key, Bytes value);

  void remove(Bytes key);

  boolean isEmpty();

  /** The root hash; computed from cached subtree hashes, so only changed paths are hashed. */
  Hash rootHash();

  /**
   * Writes every node created since the trie was opened (or last committed) to {@code sink} and returns the root. The
   * caller must make the sink's writes durable: the trie treats them as stored from now on.
   */
  Hash commit(NodeSink sink);

  /**
   * The Merkle proof of {@code key} in the {@code eth_getProof} format: the RLP of each node from the root towards
   * the key, as far as the trie goes. It proves the value if the key is present and the absence otherwise; check it
   * with {@link MerkleProof#verify}.
   */
  List<Bytes> proof(Bytes key);

  /** A trie with the same content that can be modified independently; O(1), the two share nodes. */
  Trie copy();
}
