package io.converge.referencetests.blockchain;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.chain.BlockImporter;
import io.converge.chain.GenesisMismatchException;
import io.converge.chain.ImportResult;
import io.converge.chain.StoredBlockchain;
import io.converge.chain.config.ForkSchedule;
import io.converge.chain.config.GenesisConfig;
import io.converge.referencetests.FixtureCase;
import io.converge.referencetests.Outcome;
import io.converge.storage.memory.InMemoryStore;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.Hex;
import io.converge.types.block.Block;
import java.util.Optional;

/**
 * One blockchain test: genesis from {@code genesisBlockHeader} and {@code pre} (its hash must match), every block of
 * {@code blocks} offered to the importer in order — those with {@code expectException} must be refused, undecodable
 * RLP counting as a refusal — then {@code lastblockhash} against the head and the post-state against its state.
 */
final class BlockchainCase implements FixtureCase {
  private final String name;
  private final JsonNode test;

  BlockchainCase(String name, JsonNode test) {
    this.name = name;
    this.test = test;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Outcome run() {
    String network = test.path("network").asText();
    Optional<ForkSchedule> schedule = Networks.schedule(network);
    if (schedule.isEmpty()) {
      return Outcome.fail("unknown network " + network);
    }
    String seal = test.path("sealEngine").asText("NoProof");
    if (!"NoProof".equals(seal)) {
      return Outcome.fail("seal engine " + seal + " needs ethash verification, which is not implemented");
    }
    GenesisConfig genesis = FixtureGenesis.config(test.get("genesisBlockHeader"), test.get("pre"), schedule.get());
    Hash expectedGenesis = Hash.fromHex(test.get("genesisBlockHeader").get("hash").asText());
    try (InMemoryStore store = new InMemoryStore()) {
      StoredBlockchain chain;
      try {
        chain = StoredBlockchain.open(store, genesis);
      } catch (GenesisMismatchException e) {
        throw new IllegalStateException("a fresh store cannot hold another genesis", e);
      }
      if (!chain.genesisHash().equals(expectedGenesis)) {
        return Outcome.fail("genesis hash: expected " + expectedGenesis + ", got " + chain.genesisHash()
            + " (header " + chain.head() + ")");
      }
      BlockImporter importer = new BlockImporter(chain);
      int index = 0;
      for (JsonNode b : test.get("blocks")) {
        Optional<String> failure = importOne(chain, importer, b, index++);
        if (failure.isPresent()) {
          return Outcome.fail(failure.get());
        }
      }
      Hash lastHash = Hash.fromHex(test.get("lastblockhash").asText());
      if (!chain.headHash().equals(lastHash)) {
        return Outcome.fail("head: expected " + lastHash + ", got " + chain.headHash() + " (number "
            + chain.head().number() + ")");
      }
      return PostState.compare(test, chain);
    }
  }

  private static Optional<String> importOne(StoredBlockchain chain, BlockImporter importer, JsonNode b, int index) {
    String expectException = b.has("expectException") ? b.get("expectException").asText() : null;
    Block block;
    try {
      block = Block.decode(Hex.decode(b.get("rlp").asText()));
    } catch (DecodingException | IllegalArgumentException e) {
      return expectException != null ? Optional.empty()
          : Optional.of("block " + index + ": valid block does not decode: " + e.getMessage());
    }
    Hash headBefore = chain.headHash();
    ImportResult result = importer.importBlock(block);
    boolean accepted = result instanceof ImportResult.Imported || result instanceof ImportResult.AlreadyKnown;
    if (expectException != null && accepted) {
      return Optional.of("block " + index + " (number " + block.number() + "): expected rejection ("
          + expectException + ") but it was imported");
    }
    if (!accepted && (!chain.headHash().equals(headBefore) || chain.header(block.hash()).isPresent())) {
      return Optional.of("block " + index + ": rejected, yet the head moved or the block was stored");
    }
    if (expectException == null && !accepted) {
      return Optional.of("block " + index + " (number " + block.number() + "): rejected: " + describe(result));
    }
    return Optional.empty();
  }

  private static String describe(ImportResult result) {
    if (result instanceof ImportResult.Invalid invalid) {
      return invalid.reason();
    }
    if (result instanceof ImportResult.UnknownParent unknown) {
      return "unknown parent " + unknown.parentHash();
    }
    return result.toString();
  }

}
