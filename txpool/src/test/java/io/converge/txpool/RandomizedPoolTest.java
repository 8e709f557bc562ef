package io.converge.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random sequences of submissions, blocks, removals and time, checking after every step the invariants a
 * client relies on: no nonce gaps in pending, every transaction in exactly one set, limits respected, listeners in
 * step with the contents, candidates in nonce order.
 */
class RandomizedPoolTest {
  private static final PoolConfig CONFIG = PoolConfig.DEFAULT.withSlots(4, 12, 3, 8).withBlobAccountLimit(2);
  private static final int SIGNERS = 8;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void keepsInvariantsThroughRandomAddsAndHeads(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PoolFixture f = new PoolFixture(CONFIG);
    List<Signer> signers = Signer.first(SIGNERS);
    for (Signer s : signers) {
      f.state.fund(s.address(), Wei.of(random.nextLong(3_000_000, 200_000_000)));
    }
    Mirror mirror = new Mirror();
    f.pool.addListener(mirror);
    HeadInfo head = PoolFixture.head();
    int accepted = 0;
    int heads = 0;
    int maxQueued = 0;
    int maxPending = 0;

    for (int step = 0; step < 600; step++) {
      int op = random.nextInt(100);
      if (op < 75) {
        Signer s = signers.get(random.nextInt(SIGNERS));
        Transaction tx = randomTx(random, s, f.state.nonce(s.address()), f.pool.nextNonce(s.address()));
        Origin origin = random.nextInt(10) == 0 ? Origin.LOCAL : Origin.REMOTE;
        if (f.pool.add(tx, origin).isAccepted()) {
          accepted++;
          if (origin == Origin.LOCAL) {
            mirror.local.add(tx.hash());
          }
        }
      } else if (op < 90) {
        head = head.next(Wei.of(random.nextLong(60, 260)));
        mine(random, f, head);
        heads++;
      } else if (op < 95) {
        List<Hash> all = new ArrayList<>(mirror.members);
        if (!all.isEmpty()) {
          f.pool.remove(all.get(random.nextInt(all.size())));
        }
      } else {
        f.clock.advance(Duration.ofMinutes(random.nextLong(1, 90)));
        f.pool.evictExpired();
      }
      checkInvariants(f, mirror, signers);
      maxQueued = Math.max(maxQueued, f.pool.status().queued());
      maxPending = Math.max(maxPending, f.pool.status().pending());
    }
    assertThat(accepted).as("the run exercised admission").isGreaterThan(100);
    assertThat(heads).isGreaterThan(50);
    assertThat(maxQueued).as("queued transactions occurred").isPositive();
    assertThat(maxPending).as("senders went beyond their guaranteed slots").isGreaterThan(CONFIG.accountSlots());
  }

  private static Transaction randomTx(SplittableRandom random, Signer s, long stateNonce, long pendingNonce) {
    // Mostly the next pending nonce, sometimes a replacement, a gap or a stale nonce.
    int roll = random.nextInt(10);
    long nonce = roll < 6 ? pendingNonce
        : roll < 8 ? pendingNonce + random.nextInt(1, 5)
        : Math.max(0, stateNonce + random.nextInt(-1, 3));
    long tip = random.nextLong(1, 60);
    long maxFee = random.nextLong(60, 400);
    int kind = random.nextInt(10);
    if (kind == 0) {
      return s.blob(nonce, Math.min(tip, maxFee), maxFee, random.nextLong(1, 20));
    }
    if (kind < 3) {
      return s.legacy(nonce, maxFee);
    }
    return s.dynamic(nonce, Math.min(tip, maxFee), maxFee);
  }

  /** Includes some candidates in a block, as a producer would, and delivers the new head. */
  private static void mine(SplittableRandom random, PoolFixture f, HeadInfo head) {
    List<Transaction> included = new ArrayList<>();
    BlockCandidates candidates = f.pool.candidates();
    int room = random.nextInt(0, 8);
    while (candidates.hasNext() && included.size() < room) {
      BlockCandidates.Candidate c = candidates.next();
      if (random.nextInt(8) == 0) {
        candidates.markFailed(c.sender());
        continue;
      }
      Address sender = c.sender();
      assertThat(c.tx().nonce()).isEqualTo(f.state.nonce(sender));
      f.state.nonce(sender, c.tx().nonce() + 1);
      BigInteger left = f.state.balance(sender).value().subtract(Pricing.cost(c.tx())).max(BigInteger.ZERO);
      f.state.fund(sender, new Wei(left));
      included.add(c.tx());
    }
    if (random.nextInt(5) == 0) { // some account receives or loses funds
      Signer s = Signer.number(random.nextInt(SIGNERS));
      f.state.fund(s.address(), Wei.of(random.nextLong(0, 200_000_000)));
    }
    f.pool.onNewHead(head, included);
  }

  private static void checkInvariants(PoolFixture f, Mirror mirror, List<Signer> signers) {
    PoolContent content = f.pool.content();
    PoolStatus status = f.pool.status();
    Set<Hash> pendingHashes = new HashSet<>();
    Set<Hash> queuedHashes = new HashSet<>();
    content.pending().values().forEach(m -> m.values().forEach(t -> pendingHashes.add(t.hash())));
    content.queued().values().forEach(m -> m.values().forEach(t -> queuedHashes.add(t.hash())));

    // Exactly one of pending or queued, and the listeners saw the same membership.
    assertThat(java.util.Collections.disjoint(pendingHashes, queuedHashes)).isTrue();
    assertThat(pendingHashes.size()).isEqualTo(status.pending());
    assertThat(queuedHashes.size()).isEqualTo(status.queued());
    Set<Hash> union = new HashSet<>(pendingHashes);
    union.addAll(queuedHashes);
    assertThat(union).isEqualTo(mirror.members);
    union.forEach(h -> assertThat(f.pool.contains(h)).isTrue());

    // Limits.
    assertThat(status.total()).isLessThanOrEqualTo(CONFIG.capacity());
    boolean everyoneWithinShare = content.pending().values().stream()
        .allMatch(m -> m.size() <= CONFIG.accountSlots());
    assertThat(status.pending() <= CONFIG.globalSlots() || everyoneWithinShare).isTrue();

    for (Signer s : signers) {
      Address a = s.address();
      long stateNonce = f.state.nonce(a);
      BigInteger balance = f.state.balance(a).value();
      var pending = content.pending().getOrDefault(a, new java.util.TreeMap<>());
      var queued = content.queued().getOrDefault(a, new java.util.TreeMap<>());
      // Pending: a gap-free run from the account nonce, each affordable.
      long expected = stateNonce;
      for (var e : pending.entrySet()) {
        assertThat(e.getKey()).isEqualTo(expected++);
        assertThat(Pricing.cost(e.getValue())).isLessThanOrEqualTo(balance);
      }
      assertThat(f.pool.nextNonce(a)).isEqualTo(stateNonce + pending.size());
      // Queued: after the run, never at a nonce the chain has passed.
      for (long n : queued.keySet()) {
        assertThat(n).isGreaterThan(expected - 1).isGreaterThanOrEqualTo(stateNonce);
      }
      if (!queued.isEmpty() && queued.values().stream().noneMatch(t -> mirror.local.contains(t.hash()))) {
        assertThat(queued.size()).isLessThanOrEqualTo(CONFIG.accountQueue());
      }
      long blobs = pending.values().stream().filter(t -> t instanceof BlobTransaction).count()
          + queued.values().stream().filter(t -> t instanceof BlobTransaction).count();
      assertThat(blobs).isLessThanOrEqualTo(CONFIG.blobAccountLimit());
    }

    // Candidates come out in nonce order per sender and only from pending.
    Map<Address, Long> lastNonce = new HashMap<>();
    f.pool.candidates().forEachRemaining(c -> {
      assertThat(pendingHashes).contains(c.tx().hash());
      Long last = lastNonce.put(c.sender(), c.tx().nonce());
      if (last != null) {
        assertThat(c.tx().nonce()).isEqualTo(last + 1);
      }
    });
  }

  /** Rebuilds the membership from listener calls alone. */
  private static final class Mirror implements PoolListener {
    final Set<Hash> members = new HashSet<>();
    final Set<Hash> local = new HashSet<>();

    @Override
    public void onAdded(Transaction tx, Address sender, Slot slot) {
      assertThat(members.add(tx.hash())).isTrue();
    }

    @Override
    public void onRemoved(Transaction tx, Address sender, RemovalReason reason) {
      assertThat(members.remove(tx.hash())).isTrue();
    }
  }
}
