package io.converge.referencetests.blockchain;

import io.converge.chain.config.ForkSchedule;
import io.converge.types.Fork;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixtures' {@code network} names as fork schedules: a single fork from genesis ({@code Cancun}), or a transition
 * ({@code BerlinToLondonAt5}, {@code ParisToShanghaiAtTime15k}, {@code ArrowGlacierToParisAtDiffC0000},
 * {@code HomesteadToDaoAt5}).
 */
final class Networks {
  private static final Pattern TRANSITION =
      Pattern.compile("(\\w+?)To(\\w+)At(Time|Diff)?([0-9A-Fa-f]+)(k?)");

  private Networks() {}

  static Optional<ForkSchedule> schedule(String network) {
    Optional<Fork> single = Fork.byFixtureName(network);
    if (single.isPresent()) {
      return Optional.of(ForkSchedule.allFrom(single.get()));
    }
    Matcher m = TRANSITION.matcher(network);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Fork> from = Fork.byFixtureName(m.group(1));
    if (from.isEmpty()) {
      return Optional.empty();
    }
    ForkSchedule.Builder b = rebuild(ForkSchedule.allFrom(from.get()));
    String kind = m.group(3);
    String to = m.group(2);
    if ("Diff".equals(kind)) {
      if (!"Paris".equals(to) && !"Merge".equals(to)) {
        return Optional.empty();
      }
      return Optional.of(b.terminalTotalDifficulty(new BigInteger(m.group(4), 16)).build());
    }
    long at = Long.parseLong(m.group(4)) * ("k".equals(m.group(5)) ? 1000 : 1);
    if ("Dao".equals(to)) {
      return Optional.of(b.daoForkBlock(at).build());
    }
    Optional<Fork> target = Fork.byFixtureName(to);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    for (Fork f : Fork.values()) {
      if (f.compareTo(from.get()) > 0 && f.compareTo(target.get()) <= 0) {
        b.activate(f, at);
      }
    }
    return Optional.of(b.build());
  }

  private static ForkSchedule.Builder rebuild(ForkSchedule s) {
    ForkSchedule.Builder b = ForkSchedule.builder();
    s.blockActivations().forEach(b::activate);
    s.timeActivations().forEach(b::activate);
    s.terminalTotalDifficulty().ifPresent(b::terminalTotalDifficulty);
    s.daoForkBlock().ifPresent(b::daoForkBlock);
    return b;
  }
}
