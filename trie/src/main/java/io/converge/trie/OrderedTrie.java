package io.converge.trie;

import io.converge.rlp.RlpWriter;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.List;

/**
 * The root of a list committed as a trie keyed by RLP(index): transactionsRoot, receiptsRoot, withdrawalsRoot.
 */
public final class OrderedTrie {
  private OrderedTrie() {}

  /** The root over {@code encodedItems}, each already in its consensus encoding. */
  public static Hash rootOf(List<Bytes> encodedItems) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    for (int i = 0; i < encodedItems.size(); i++) {
      trie.put(indexKey(i), encodedItems.get(i));
    }
    return trie.rootHash();
  }

  /** RLP of the index as an unsigned integer: 0 is 0x80, 1 is 0x01, 128 is 0x8180. */
  public static Bytes indexKey(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be non-negative, got " + index);
    }
    return Bytes.wrap(RlpWriter.encodeBytes(minimalBigEndian(index)));
  }

  private static byte[] minimalBigEndian(int value) {
    int size = (Integer.SIZE - Integer.numberOfLeadingZeros(value) + 7) / 8;
    byte[] out = new byte[size];
    for (int i = size - 1; i >= 0; i--) {
      out[i] = (byte) value;
      value >>>= 8;
    }
    return out;
  }
}
