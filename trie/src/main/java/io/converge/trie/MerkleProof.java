package io.converge.trie;

import io.converge.crypto.hash.Keccak256;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.List;
import java.util.Objects;

/**
 * Checks a Merkle proof in the {@code eth_getProof} format: node encodings from the root along the key's path. The
 * first must hash to the root and each later one to the reference its predecessor makes; the walk must end, at the
 * key's value or at proof of its absence, exactly with the last node. A proof with nodes to spare is rejected.
 */
public final class MerkleProof {
  private MerkleProof() {}

  public static ProofResult verify(Hash root, Bytes key, List<Bytes> proof) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(proof, "proof");
    byte[] path = Nibbles.fromKey(key.unsafeArray());
    if (proof.isEmpty()) {
      return root.equals(Trie.EMPTY_ROOT)
          ? new ProofResult.Absent()
          : new ProofResult.Invalid("empty proof for the non-empty root " + root);
    }
    Hash expected = root;
    int used = 0;
    int at = 0;
    Node node = null;
    while (true) {
      if (node == null) {
        if (used == proof.size()) {
          return new ProofResult.Invalid("proof ends after " + used + " nodes; the path goes on to node " + expected);
        }
        byte[] encoding = proof.get(used).unsafeArray();
        Hash actual = Hash.wrap(Keccak256.hash(encoding));
        if (!actual.equals(expected)) {
          return new ProofResult.Invalid("node " + used + " hashes to " + actual + ", expected " + expected);
        }
        try {
          node = NodeCodec.decode(encoding);
        } catch (InvalidNodeException e) {
          return new ProofResult.Invalid("node " + used + " is not a trie node: " + e.getMessage());
        }
        used++;
      }
      ProofResult found = null;
      Node next = null;
      if (node instanceof EmptyNode) {
        found = new ProofResult.Absent();
      } else if (node instanceof LeafNode leaf) {
        boolean match = path.length - at == leaf.path.length && Nibbles.startsWith(path, at, leaf.path);
        found = match ? new ProofResult.Present(leaf.value) : new ProofResult.Absent();
      } else if (node instanceof ExtensionNode ext) {
        if (Nibbles.startsWith(path, at, ext.path)) {
          at += ext.path.length;
          next = ext.child;
        } else {
          found = new ProofResult.Absent();
        }
      } else if (node instanceof BranchNode branch) {
        if (at == path.length) {
          found = branch.value == null ? new ProofResult.Absent() : new ProofResult.Present(branch.value);
        } else {
          next = branch.children[path[at++]];
        }
      }
      if (found != null) {
        return used == proof.size()
            ? found
            : new ProofResult.Invalid((proof.size() - used) + " proof nodes left over after the key's position");
      }
      if (next instanceof StoredNode stored) {
        expected = stored.hash();
        node = null;
      } else {
        // An embedded child, or an empty slot: both are inside the node already checked.
        node = next;
      }
    }
  }

  /** Verifies a proof from a {@link SecureTrie}, whose trie key is the hash of {@code key}. */
  public static ProofResult verifySecure(Hash root, Bytes key, List<Bytes> proof) {
    return verify(root, Bytes.wrap(SecureTrie.hashKey(key).unsafeArray()), proof);
  }
}
