package io.converge.trie;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.types.Bytes;
import io.converge.types.Hash;

/**
 * Decodes the RLP of a node (Yellow Paper appendix D): a 2-item list is a leaf or extension by its hex-prefix flag, a
 * 17-item list a branch, the empty string the empty node. Children are embedded lists (encodings under 32 bytes),
 * 32-byte hashes, or the empty string. Anything else is rejected, since proofs bring us bytes from strangers.
 */
final class NodeCodec {
  private static final int MAX_ITEMS = BranchNode.WIDTH + 1;

  private NodeCodec() {}

  static Node decode(byte[] encoding) throws InvalidNodeException {
    try {
      RlpReader reader = new RlpReader(encoding);
      if (!reader.nextIsList()) {
        byte[] s = reader.readBytes();
        reader.finish();
        if (s.length != 0) {
          throw new InvalidNodeException("a node is a list or the empty string, got a " + s.length + "-byte string");
        }
        return EmptyNode.INSTANCE;
      }
      reader.enterList();
      // Each item is read once: strings as their payload, lists (embedded nodes) as their whole encoding.
      byte[][] items = new byte[MAX_ITEMS][];
      boolean[] isList = new boolean[MAX_ITEMS];
      int count = 0;
      while (reader.hasMoreInList()) {
        if (count == MAX_ITEMS) {
          throw new InvalidNodeException("a node list has 2 or 17 items, got more than 17");
        }
        isList[count] = reader.nextIsList();
        items[count] = isList[count] ? reader.readRawItem() : reader.readBytes();
        count++;
      }
      reader.leaveList();
      reader.finish();
      if (count == 2) {
        return shortNode(items, isList);
      }
      if (count == MAX_ITEMS) {
        return branch(items, isList);
      }
      throw new InvalidNodeException("a node list has 2 or 17 items, got " + count);
    } catch (RlpException e) {
      throw new InvalidNodeException("bad RLP: " + e.getMessage(), e);
    }
  }

  private static Node shortNode(byte[][] items, boolean[] isList) throws InvalidNodeException {
    if (isList[0]) {
      throw new InvalidNodeException("a node path is a string, found a list");
    }
    Nibbles.HexPrefixed hp = Nibbles.decodeHexPrefix(items[0]);
    if (hp.leaf()) {
      if (isList[1]) {
        throw new InvalidNodeException("a leaf value is a string, found a list");
      }
      if (items[1].length == 0) {
        throw new InvalidNodeException("leaf with an empty value");
      }
      return new LeafNode(hp.path(), Bytes.wrap(items[1]));
    }
    if (hp.path().length == 0) {
      throw new InvalidNodeException("extension with an empty path");
    }
    Node child = child(items[1], isList[1]);
    if (child instanceof EmptyNode) {
      throw new InvalidNodeException("extension leading to nothing");
    }
    return new ExtensionNode(hp.path(), child);
  }

  private static Node branch(byte[][] items, boolean[] isList) throws InvalidNodeException {
    Node[] children = new Node[BranchNode.WIDTH];
    for (int i = 0; i < BranchNode.WIDTH; i++) {
      children[i] = child(items[i], isList[i]);
    }
    if (isList[BranchNode.WIDTH]) {
      throw new InvalidNodeException("a branch value is a string, found a list");
    }
    byte[] value = items[BranchNode.WIDTH];
    return new BranchNode(children, value.length == 0 ? null : Bytes.wrap(value));
  }

  /** A child reference: an embedded node, a hash, or nothing. */
  private static Node child(byte[] item, boolean isList) throws InvalidNodeException {
    if (isList) {
      if (item.length > Node.MAX_EMBEDDED) {
        throw new InvalidNodeException("embedded node of " + item.length + " bytes; 32 or more must be hashed");
      }
      // Embedded nodes live inside their parent's stored encoding: they are as persisted as the parent.
      return decode(item).loaded(item, null);
    }
    if (item.length == 0) {
      return EmptyNode.INSTANCE;
    }
    if (item.length != Hash.SIZE) {
      throw new InvalidNodeException("child reference of " + item.length + " bytes; expected 0 or 32");
    }
    return new StoredNode(Hash.wrap(item));
  }
}
