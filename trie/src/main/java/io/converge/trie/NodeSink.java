package io.converge.trie;

import io.converge.types.Bytes;
import io.converge.types.Hash;

/** Where a commit writes new nodes, typically a storage write batch (see {@link KeyValueNodeStore#sinkInto}). */
@FunctionalInterface
public interface NodeSink {

  void put(Hash hash, Bytes encoding);
}
