package io.converge.protocol.block;

import io.converge.protocol.block.BodyViolation.InvalidOmmer;
import io.converge.protocol.block.BodyViolation.OmmerRule;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.block.Block;
import io.converge.types.block.BlockHeader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The kinship rules of ommers before the merge (execution-specs {@code validate_ommers}): at most two, each a valid
 * header whose parent is one of the block's recent ancestors (but not its parent), at most six generations old, and
 * neither an ancestor nor an ommer already included.
 */
public final class OmmerValidator {
  public static final int MAX_OMMERS = 2;
  public static final int MAX_DEPTH = 6;

  private OmmerValidator() {}

  /**
   * Checks the ommers of {@code block}; {@code chainRule} is a header rule of the chain beyond the fork's (the DAO
   * fork's extra data), applied to ommers as to blocks.
   */
  public static Optional<BodyViolation> validate(Block block, Ancestry ancestry, Function<BlockHeader, Fork> forkOf,
      Function<BlockHeader, Optional<HeaderViolation>> chainRule) {
    List<BlockHeader> ommers = block.body().ommers();
    if (ommers.isEmpty()) {
      return Optional.empty();
    }
    if (ommers.size() > MAX_OMMERS) {
      return Optional.of(new BodyViolation.TooManyOmmers(MAX_OMMERS, ommers.size()));
    }
    // The block's last MAX_DEPTH + 1 ancestors, and the ommers they included.
    Set<Hash> ancestors = new HashSet<>();
    Set<Hash> includedOmmers = new HashSet<>();
    Hash cursor = block.header().parentHash();
    for (int i = 0; i <= MAX_DEPTH; i++) {
      Optional<BlockHeader> h = ancestry.header(cursor);
      if (h.isEmpty()) {
        break;
      }
      ancestors.add(cursor);
      for (BlockHeader o : ancestry.ommersOf(cursor)) {
        includedOmmers.add(o.hash());
      }
      if (h.get().number() == 0) {
        break;
      }
      cursor = h.get().parentHash();
    }
    Set<Hash> seen = new HashSet<>();
    for (int i = 0; i < ommers.size(); i++) {
      BlockHeader ommer = ommers.get(i);
      Hash hash = ommer.hash();
      if (!seen.add(hash)) {
        return invalid(i, hash, OmmerRule.DUPLICATE);
      }
      if (ancestors.contains(hash) || hash.equals(block.hash())) {
        return invalid(i, hash, OmmerRule.IS_ANCESTOR);
      }
      if (includedOmmers.contains(hash)) {
        return invalid(i, hash, OmmerRule.ALREADY_INCLUDED);
      }
      long age = block.number() - ommer.number();
      if (age < 1 || age > MAX_DEPTH || !ancestors.contains(ommer.parentHash())
          || ommer.parentHash().equals(block.header().parentHash())) {
        return invalid(i, hash, OmmerRule.NOT_A_RECENT_UNCLE);
      }
      Optional<BlockHeader> parent = ancestry.header(ommer.parentHash());
      if (parent.isEmpty()) {
        return invalid(i, hash, OmmerRule.UNKNOWN_PARENT);
      }
      Optional<HeaderViolation> header = HeaderValidator.validate(ommer, parent.get(), forkOf.apply(ommer),
          forkOf.apply(parent.get()));
      if (header.isEmpty()) {
        header = chainRule.apply(ommer);
      }
      if (header.isPresent()) {
        return Optional.of(new InvalidOmmer(i, hash, OmmerRule.INVALID_HEADER, header));
      }
    }
    return Optional.empty();
  }

  private static Optional<BodyViolation> invalid(int index, Hash hash, OmmerRule rule) {
    return Optional.of(new InvalidOmmer(index, hash, rule, Optional.empty()));
  }
}
