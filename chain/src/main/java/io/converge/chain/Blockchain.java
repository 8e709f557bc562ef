package io.converge.chain;

import io.converge.state.TrieWorldState;
import io.converge.types.Hash;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.receipt.Receipt;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * What the node knows of the chain, for readers such as RPC and sync: the canonical head and index, and every valid
 * block imported (canonical or not) by hash. Implementations are thread-safe; reads see whole imports only.
 */
public interface Blockchain {

  Hash genesisHash();

  /** The head of the canonical chain. */
  BlockHeader head();

  default Hash headHash() {
    return head().hash();
  }

  Optional<BlockHeader> header(Hash hash);

  /** The canonical header at {@code number}. */
  default Optional<BlockHeader> header(long number) {
    return canonicalHash(number).flatMap(this::header);
  }

  Optional<BlockBody> body(Hash hash);

  default Optional<Block> block(Hash hash) {
    return header(hash).flatMap(h -> body(hash).map(b -> new Block(h, b)));
  }

  /** The canonical block at {@code number}. */
  default Optional<Block> block(long number) {
    return canonicalHash(number).flatMap(this::block);
  }

  /** The hash of the canonical block at {@code number}, if the canonical chain reaches it. */
  Optional<Hash> canonicalHash(long number);

  default boolean isCanonical(Hash hash) {
    return header(hash).flatMap(h -> canonicalHash(h.number())).map(hash::equals).orElse(false);
  }

  /** The receipts of a known block, in transaction order. */
  Optional<List<Receipt>> receipts(Hash blockHash);

  /** Where a transaction of the canonical chain is. */
  Optional<TransactionLocation> transactionLocation(Hash transactionHash);

  /** The sum of difficulties from genesis to this block. */
  Optional<BigInteger> totalDifficulty(Hash hash);

  /** The logs of a known block with their positions; empty for an unknown block. */
  List<BlockLog> logs(Hash blockHash);

  /** A private copy of the world state after block {@code blockHash}, for reading and throw-away execution. */
  Optional<TrieWorldState> stateAt(Hash blockHash);
}
