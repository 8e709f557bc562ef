package io.converge.protocol.block;

import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EIP-779, the DAO fork: an irregular state change at one block that moves the balances of the DAO's child contracts
 * to the refund contract, and a marker in the extra data of that block and the nine after it. The account list is
 * data ({@code dao-drain-accounts.txt}), not code.
 */
public final class DaoFork {
  public static final Address REFUND_CONTRACT = Address.fromHex("bf4ed7b27f1d666546e30d74d50d173d20bca754");
  /** "dao-hard-fork". */
  public static final Bytes EXTRA_DATA = Bytes.fromHex("64616f2d686172642d666f726b");
  /** How many blocks from the fork block carry the marker. */
  public static final long EXTRA_DATA_RANGE = 10;
  public static final List<Address> DRAIN_ACCOUNTS = load();

  private DaoFork() {}

  /** Whether a block {@code number} of a chain whose DAO fork is at {@code forkBlock} carries the marker. */
  public static Optional<HeaderViolation> checkExtraData(BlockHeader header, long forkBlock) {
    long n = header.number();
    if (n >= forkBlock && n < forkBlock + EXTRA_DATA_RANGE && !header.extraData().equals(EXTRA_DATA)) {
      return Optional.of(new HeaderViolation.DaoExtraDataMismatch(EXTRA_DATA, header.extraData()));
    }
    return Optional.empty();
  }

  /** Moves every drained account's balance to the refund contract, before the fork block's transactions. */
  public static void apply(TrieWorldState world) {
    world.ensureExists(REFUND_CONTRACT);
    for (Address a : DRAIN_ACCOUNTS) {
      Wei balance = world.balance(a);
      world.setBalance(REFUND_CONTRACT, world.balance(REFUND_CONTRACT).add(balance));
      world.setBalance(a, Wei.ZERO);
    }
    world.finishTransaction();
  }

  private static List<Address> load() {
    List<Address> out = new ArrayList<>();
    try (InputStream in = DaoFork.class.getResourceAsStream("dao-drain-accounts.txt")) {
      if (in == null) {
        throw new IllegalStateException("dao-drain-accounts.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(Address.fromHex(s));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
