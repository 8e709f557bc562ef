package io.converge.chain;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.protocol.block.BlockOutcome;
import io.converge.protocol.block.BlockProcessor;
import io.converge.protocol.block.BlockRules;
import io.converge.protocol.block.Difficulty;
import io.converge.protocol.block.HeaderValidator;
import io.converge.protocol.fork.ForkRules;
import io.converge.trie.OrderedTrie;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.Transaction;
import java.util.List;
import java.util.Optional;

/** Builds valid blocks on a chain for tests: fills the header's commitments by executing the block. */
final class BlockMaker {
  static final byte[] KEY =
      Bytes.fromHex("45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8").toArray();
  static final Address SENDER = Address.fromHex("a94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  static final Address COINBASE = Address.fromHex("2adc25665018aa1fe0e6bc666dac8fc2697ff9ba");

  private final StoredBlockchain chain;
  private final BlockImporter importer;
  private final BlockProcessor processor;

  BlockMaker(StoredBlockchain chain, BlockImporter importer) {
    this.chain = chain;
    this.importer = importer;
    this.processor = new BlockProcessor(chain.genesisConfig().chainId());
  }

  /** A transfer of {@code wei} to {@code to}, signed by {@link #SENDER}. */
  Transaction transfer(long nonce, Address to, long wei) {
    return LegacyTransaction.unsigned(nonce, Wei.of(10_000_000_000L), 21_000, Optional.of(to), Wei.of(wei),
        Bytes.EMPTY, Optional.of(chain.genesisConfig().chainId())).signedWith(KEY, Secp256k1.best());
  }

  /** A contract creation whose init code emits one LOG0 and deploys nothing. */
  Transaction loggingCreation(long nonce) {
    return LegacyTransaction.unsigned(nonce, Wei.of(10_000_000_000L), 100_000, Optional.empty(), Wei.ZERO,
        Bytes.fromHex("60006000a000"), Optional.of(chain.genesisConfig().chainId())).signedWith(KEY, Secp256k1.best());
  }

  /** A valid child of {@code parent}, {@code seconds} later, holding {@code txs}. */
  Block child(BlockHeader parent, long seconds, List<Transaction> txs) {
    return child(parent, seconds, txs, List.of());
  }

  /** A child that also includes {@code ommers} (before the merge). */
  Block child(BlockHeader parent, long seconds, List<Transaction> txs, List<BlockHeader> ommers) {
    long number = parent.number() + 1;
    long timestamp = parent.timestamp() + seconds;
    var forks = chain.genesisConfig().forks();
    Fork fork = forks.forkAt(number, timestamp,
        forks.isMerged(chain.totalDifficulty(parent.hash()).orElseThrow()));
    BlockHeader.Builder h = BlockHeader.builder().parentHash(parent.hash()).number(number).timestamp(timestamp)
        .gasLimit(parent.gasLimit()).coinbase(COINBASE);
    BlockRules rules = BlockRules.of(fork);
    if (!rules.proofOfStake()) {
      h.difficulty(Difficulty.expected(rules, number, timestamp, parent));
    }
    if (fork.isAtLeast(Fork.LONDON)) {
      h.baseFeePerGas(parent.baseFeePerGas().isPresent() ? HeaderValidator.baseFee(parent)
          : HeaderValidator.INITIAL_BASE_FEE);
    }
    Optional<List<io.converge.types.block.Withdrawal>> withdrawals = Optional.empty();
    if (fork.isAtLeast(Fork.SHANGHAI)) {
      withdrawals = Optional.of(List.of());
      h.withdrawalsRoot(BlockProcessor.withdrawalsRoot(List.of()));
    }
    if (fork.isAtLeast(Fork.CANCUN)) {
      var blob = ForkRules.of(fork).blobGas().orElseThrow();
      h.blobGasUsed(0).excessBlobGas(blob.excessBlobGas(parent.excessBlobGas().orElse(0),
          parent.blobGasUsed().orElse(0))).parentBeaconBlockRoot(Hash.ZERO);
    }
    h.transactionsRoot(OrderedTrie.rootOf(txs.stream().map(Transaction::encoded).toList()));
    h.ommersHash(BlockProcessor.ommersHash(ommers));
    BlockBody body = new BlockBody(txs, ommers, withdrawals);
    Block draft = new Block(h.build(), body);
    BlockOutcome outcome = processor.execute(chain.stateAt(parent.hash()).orElseThrow(), draft, fork,
        n -> Hash.ZERO, false);
    BlockOutcome.Processed p = (BlockOutcome.Processed) outcome;
    h.gasUsed(p.gasUsed()).receiptsRoot(p.receiptsRoot()).logsBloom(p.logsBloom()).stateRoot(p.stateRoot());
    return new Block(h.build(), body);
  }

  /** Builds a child and imports it, failing if it is not imported. */
  Block importChild(BlockHeader parent, long seconds, List<Transaction> txs) {
    return importChild(parent, seconds, txs, List.of());
  }

  Block importChild(BlockHeader parent, long seconds, List<Transaction> txs, List<BlockHeader> ommers) {
    Block block = child(parent, seconds, txs, ommers);
    ImportResult result = importer.importBlock(block);
    if (!(result instanceof ImportResult.Imported)) {
      throw new AssertionError("block " + block.number() + " not imported: " + result);
    }
    return block;
  }
}
