package io.converge.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input: every mutation of a valid encoding is either decoded or rejected with an {@link RlpException} — never
 * another exception, never a hang. Whatever is accepted must re-encode to exactly the same bytes, which is what
 * "canonical" means: one value, one encoding.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // hang guard only
class RlpMalformedInputTest {
  private static final HexFormat HEX = HexFormat.of();
  /** Header bytes at every boundary between the encoding forms. */
  private static final int[] INTERESTING = {
      0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0xb7, 0xb8, 0xb9, 0xbb, 0xbc, 0xbf, 0xc0, 0xc1, 0xf7, 0xf8, 0xf9, 0xfb, 0xfc,
      0xff};
  private static final Pattern OUT = Pattern.compile("\"out\"\\s*:\\s*\"(?:0x)?([0-9a-fA-F]*)\"");

  private final SplittableRandom random = new SplittableRandom(0xC0FFEEL);
  private long accepted;
  private long rejected;

  @Test
  void mutationsOfHandPickedEncodingsAreDecodedOrRejected() {
    List<byte[]> seeds = new ArrayList<>();
    for (String hex : new String[] {
        "80", "00", "7f", "8180", "83646f67", "c0", "c88363617483646f67", "c7c0c1c0c3c0c1c0", "c6827a77c10401",
        "b838" + "61".repeat(56), "f83c" + "b83a" + "62".repeat(58), "88ffffffffffffffff",
        "a1010000000000000000000000000000000000000000000000000000000000000000", "f90100" + "01".repeat(256)}) {
      seeds.add(HEX.parseHex(hex));
    }
    mutateAll(seeds);
  }

  @Test
  void mutationsOfRandomTreesAreDecodedOrRejected() {
    RandomRlpTrees trees = new RandomRlpTrees(new SplittableRandom(42));
    List<byte[]> seeds = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      seeds.add(trees.next(4, 30).encode());
    }
    mutateAll(seeds);
  }

  @Test
  void mutationsOfTheOfficialFixtureEncodingsAreDecodedOrRejected() throws IOException {
    Path dir = Path.of(System.getProperty("converge.shared.dir", "../../shared"), "ethereum-tests", "RLPTests");
    assumeTrue(Files.isDirectory(dir), "the official RLPTests are not available at " + dir);
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        // Only the hex "out" values are needed, so a pattern suffices; the JSON structure is the suite's business.
        Matcher m = OUT.matcher(Files.readString(file));
        while (m.find()) {
          if (m.group(1).length() % 2 == 0) {
            seeds.add(HEX.parseHex(m.group(1)));
          }
        }
      }
    }
    assertThat(seeds).hasSizeGreaterThan(40);
    mutateAll(seeds);
  }

  private void mutateAll(List<byte[]> seeds) {
    for (byte[] seed : seeds) {
      mutate(seed);
    }
    System.out.printf("%d seeds: %d mutations accepted, %d rejected%n", seeds.size(), accepted, rejected);
    assertThat(accepted + rejected).as("mutations tried").isGreaterThan(1_000);
    assertThat(rejected).as("mutations rejected").isPositive();
    assertThat(accepted).as("mutations that still decode").isPositive();
  }

  private void mutate(byte[] seed) {
    check(seed, "seed", seed);
    int n = seed.length;
    for (int len = 0; len < n; len++) {
      check(seed, "truncated to " + len, Arrays.copyOf(seed, len));
    }
    for (int i = 0; i < Math.min(n, 300); i++) {
      int at = n <= 300 ? i : random.nextInt(n);
      check(seed, "deleted byte " + at, delete(seed, at));
      check(seed, "inserted byte at " + at, insert(seed, at, (byte) random.nextInt(256)));
      check(seed, "random byte at " + at, replace(seed, at, (byte) random.nextInt(256)));
    }
    int flips = n <= 64 ? n * 8 : 512;
    for (int i = 0; i < flips; i++) {
      int bit = n <= 64 ? i : random.nextInt(n * 8);
      byte[] m = seed.clone();
      m[bit / 8] ^= (byte) (1 << (bit % 8));
      check(seed, "flipped bit " + bit, m);
    }
    check(seed, "trailing byte", insert(seed, n, (byte) 0));
    for (int at : headerOffsets(seed)) {
      tamperWithHeader(seed, at);
    }
  }

  /** Rewrites the length prefix of the item at {@code at} in every way that matters. */
  private void tamperWithHeader(byte[] seed, int at) {
    for (int value : INTERESTING) {
      check(seed, "header " + at + " set to " + value, replace(seed, at, (byte) value));
      check(seed, "header " + at + " preceded by " + value, insert(seed, at, (byte) value));
    }
    for (int delta : new int[] {-2, -1, 1, 2, 0x40, -0x40}) {
      check(seed, "header " + at + " moved by " + delta, replace(seed, at, (byte) (seed[at] + delta)));
    }
    int b = seed[at] & 0xff;
    if ((b > 0xb7 && b < 0xc0) || b > 0xf7) {
      int lengthBytes = b > 0xf7 ? b - 0xf7 : b - 0xb7;
      for (int i = 1; i <= lengthBytes && at + i < seed.length; i++) {
        for (int delta : new int[] {-1, 1, 0x80}) {
          check(seed, "length byte " + (at + i) + " moved by " + delta,
              replace(seed, at + i, (byte) (seed[at + i] + delta)));
        }
        check(seed, "length byte " + (at + i) + " zeroed", replace(seed, at + i, (byte) 0));
      }
      // Add a leading zero to the length: the same value, no longer minimal.
      byte[] padded = insert(seed, at + 1, (byte) 0);
      padded[at] = (byte) (seed[at] + 1);
      check(seed, "length at " + at + " padded with a zero", padded);
    }
  }

  /** Start offsets of every item in a valid encoding, found with the reader itself. */
  private static List<Integer> headerOffsets(byte[] encoded) {
    List<Integer> offsets = new ArrayList<>();
    try {
      RlpReader r = new RlpReader(encoded);
      int depth = 0;
      while (depth > 0 || !r.isAtEnd()) {
        if (depth > 0 && !r.hasMoreInList()) {
          r.leaveList();
          depth--;
          continue;
        }
        offsets.add(r.position());
        if (r.nextIsList()) {
          r.enterList();
          depth++;
        } else {
          r.skipItem();
        }
      }
    } catch (RlpException invalidSeed) {
      // The invalid fixtures are seeds too; mutate the headers found before the fault.
    }
    return offsets;
  }

  private void check(byte[] seed, String mutation, byte[] input) {
    try {
      // Plain checks rather than AssertJ here: this runs about a million times.
      byte[] reencoded = RlpItem.decode(input).encode();
      if (!Arrays.equals(reencoded, input)) {
        throw new AssertionError("accepted a non-canonical input: " + HEX.formatHex(input) + " re-encodes as "
            + HEX.formatHex(reencoded) + " (seed " + HEX.formatHex(seed) + ", " + mutation + ")");
      }
      accepted++;
    } catch (RlpException e) {
      checkOffset(e, input);
      rejected++;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError("seed " + HEX.formatHex(seed) + ", " + mutation + " -> " + HEX.formatHex(input)
          + " escaped as " + e, e);
    }
    walkWithTheReader(seed, mutation, input);
  }

  /** Reads the input with the streaming API, using typed reads where they might apply. */
  private void walkWithTheReader(byte[] seed, String mutation, byte[] input) {
    RlpReader r = new RlpReader(input);
    try {
      int depth = 0;
      do {
        if (depth > 0 && !r.hasMoreInList()) {
          r.leaveList();
          depth--;
        } else if (r.nextIsList()) {
          if (random.nextInt(4) == 0) {
            r.readRawItem();
          } else {
            r.enterList();
            depth++;
          }
        } else {
          switch (random.nextInt(6)) {
            case 0 -> r.readLong();
            case 1 -> r.readInt();
            case 2 -> r.readUInt256();
            case 3 -> r.readBigInteger();
            case 4 -> {
              r.nextIsEmptyString();
              r.skipItem();
            }
            default -> r.readBytes();
          }
        }
      } while (depth > 0);
      r.finish();
    } catch (RlpException expected) {
      checkOffset(expected, input);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError("reader walk: seed " + HEX.formatHex(seed) + ", " + mutation + " -> "
          + HEX.formatHex(input) + " escaped as " + e, e);
    }
  }

  private static void checkOffset(RlpException e, byte[] input) {
    if (e.offset() < 0 || e.offset() > input.length) {
      throw new AssertionError("offset outside the input of " + input.length + " bytes: " + e.getMessage());
    }
  }

  private static byte[] delete(byte[] b, int at) {
    byte[] out = new byte[b.length - 1];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, at + 1, out, at, b.length - at - 1);
    return out;
  }

  private static byte[] insert(byte[] b, int at, byte value) {
    byte[] out = new byte[b.length + 1];
    System.arraycopy(b, 0, out, 0, at);
    out[at] = value;
    System.arraycopy(b, at, out, at + 1, b.length - at);
    return out;
  }

  private static byte[] replace(byte[] b, int at, byte value) {
    byte[] out = b.clone();
    out[at] = value;
    return out;
  }
}
