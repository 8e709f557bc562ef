package io.converge.chain;

import io.converge.chain.config.GenesisAccount;
import io.converge.chain.config.GenesisConfig;
import io.converge.protocol.block.HeaderValidator;
import io.converge.state.TrieWorldState;
import io.converge.trie.Trie;
import io.converge.types.Address;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the genesis block and state from a {@link GenesisConfig}, with the header fields its fork requires. */
public final class GenesisBlock {
  /** EIP-7685: SHA-256 of no requests. */
  static final Hash EMPTY_REQUESTS_HASH =
      Hash.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

  private GenesisBlock() {}

  /** Writes the allocation into {@code state} (an empty state) and returns the genesis block on top of it. */
  public static Block build(GenesisConfig config, TrieWorldState state) {
    for (Map.Entry<Address, GenesisAccount> e : config.alloc().entrySet()) {
      Address a = e.getKey();
      GenesisAccount account = e.getValue();
      state.ensureExists(a);
      state.setNonce(a, account.nonce());
      state.setBalance(a, account.balance());
      if (!account.code().isEmpty()) {
        state.setCode(a, account.code());
      }
      for (Map.Entry<UInt256, UInt256> slot : account.storage().entrySet()) {
        state.setStorage(a, slot.getKey(), slot.getValue());
      }
    }
    Hash stateRoot = state.rootHash();
    Fork fork = config.genesisFork();
    BlockHeader.Builder h = BlockHeader.builder()
        .parentHash(config.parentHash())
        .coinbase(config.coinbase())
        .stateRoot(stateRoot)
        .transactionsRoot(Trie.EMPTY_ROOT)
        .receiptsRoot(Trie.EMPTY_ROOT)
        .difficulty(config.difficulty())
        .number(config.number())
        .gasLimit(config.gasLimit())
        .timestamp(config.timestamp())
        .extraData(config.extraData())
        .mixHash(config.mixHash())
        .nonce(config.nonce());
    if (fork.isAtLeast(Fork.LONDON)) {
      h.baseFeePerGas(config.baseFeePerGas().orElse(HeaderValidator.INITIAL_BASE_FEE));
    }
    if (fork.isAtLeast(Fork.SHANGHAI)) {
      h.withdrawalsRoot(Trie.EMPTY_ROOT);
    }
    if (fork.isAtLeast(Fork.CANCUN)) {
      h.blobGasUsed(config.blobGasUsed().orElse(0)).excessBlobGas(config.excessBlobGas().orElse(0))
          .parentBeaconBlockRoot(Hash.ZERO);
    }
    if (fork.isAtLeast(Fork.PRAGUE)) {
      h.requestsHash(EMPTY_REQUESTS_HASH);
    }
    BlockBody body = new BlockBody(List.of(), List.of(),
        fork.isAtLeast(Fork.SHANGHAI) ? Optional.of(List.of()) : Optional.empty());
    return new Block(h.build(), body);
  }
}
