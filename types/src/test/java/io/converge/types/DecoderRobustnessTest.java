package io.converge.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.types.block.Block;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.block.Withdrawal;
import io.converge.types.receipt.Log;
import io.converge.types.receipt.Receipt;
import io.converge.types.receipt.ReceiptOutcome;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.AccessListTransaction;
import io.converge.types.transaction.Authorization;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.SetCodeTransaction;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionDecoder;
import io.converge.types.transaction.TransactionType;
import io.converge.types.transaction.TransactionValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input: truncated and mutated copies of valid encodings go to the transaction, header, block and receipt
 * decoders. Each copy must be rejected with {@link DecodingException}, or decode to a value whose canonical encoding is
 * exactly the input (so a mutation can never be accepted under a different hash). Nothing else may escape and nothing
 * may hang. Decoded transactions are also hashed, recovered and validated for every fork.
 */
class DecoderRobustnessTest {
  private static final long SEED = 0x5eed_c0de_2024L;
  private static final int RANDOM_MUTATIONS = 400;
  private static final byte[] INTERESTING = {
    0x00, 0x01, 0x02, 0x04, 0x7f, (byte) 0x80, (byte) 0x81, (byte) 0x94, (byte) 0xa0, (byte) 0xb7, (byte) 0xb8,
    (byte) 0xbf, (byte) 0xc0, (byte) 0xf7, (byte) 0xf8, (byte) 0xff
  };
  private static final TransactionValidator VALIDATOR = new TransactionValidator(ChainId.MAINNET);

  /** A decoder under test: returns the canonical re-encoding of what it decoded. */
  @FunctionalInterface
  private interface RoundTrip {
    byte[] decodeAndReencode(byte[] input) throws DecodingException;
  }

  private record Sample(String name, byte[] encoding, RoundTrip roundTrip) {}

  @TestFactory
  Stream<DynamicTest> truncatedEncodingsAreRejected() {
    return samples().stream().map(s -> DynamicTest.dynamicTest(s.name(), () ->
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
          for (int length = 0; length < s.encoding().length; length++) {
            byte[] prefix = Arrays.copyOf(s.encoding(), length);
            assertThatThrownBy(() -> s.roundTrip().decodeAndReencode(prefix))
                .as("%s truncated to %d bytes", s.name(), length)
                .isInstanceOf(DecodingException.class);
          }
        })));
  }

  @TestFactory
  Stream<DynamicTest> mutatedEncodingsDecodeCanonicallyOrFailTyped() {
    return samples().stream().map(s -> DynamicTest.dynamicTest(s.name(), () ->
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
          assertThat(s.roundTrip().decodeAndReencode(s.encoding())).isEqualTo(s.encoding());
          int accepted = 0;
          for (byte[] mutant : mutants(s.encoding(), new SplittableRandom(SEED ^ s.name().hashCode()))) {
            if (decodesCanonicallyOrFailsTyped(s, mutant)) {
              accepted++;
            }
          }
          // Most single-byte changes land in a hash, signature or amount and still decode: the test exercises both
          // outcomes, which a decoder that rejects (or accepts) everything would not.
          assertThat(accepted).as("mutants of %s that decoded", s.name()).isPositive();
        })));
  }

  private static boolean decodesCanonicallyOrFailsTyped(Sample s, byte[] mutant) {
    byte[] reencoded;
    try {
      reencoded = s.roundTrip().decodeAndReencode(mutant);
    } catch (DecodingException expected) {
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(s.name() + ": " + Bytes.wrap(mutant) + " threw " + e, e);
    }
    assertThat(reencoded).as("%s: accepted mutant must be canonical: %s", s.name(), Bytes.wrap(mutant))
        .isEqualTo(mutant);
    return true;
  }

  /** Single-byte substitutions at every position, then random multi-edit mutants. */
  private static List<byte[]> mutants(byte[] original, SplittableRandom random) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < original.length; i++) {
      for (byte b : INTERESTING) {
        if (original[i] != b) {
          byte[] m = original.clone();
          m[i] = b;
          out.add(m);
        }
      }
      byte[] flipped = original.clone();
      flipped[i] ^= (byte) (1 << random.nextInt(8));
      out.add(flipped);
    }
    for (int n = 0; n < RANDOM_MUTATIONS; n++) {
      byte[] m = original;
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits && m.length > 0; e++) {
        m = edit(m, random);
      }
      out.add(m);
    }
    return out;
  }

  private static byte[] edit(byte[] in, SplittableRandom random) {
    int at = random.nextInt(in.length);
    switch (random.nextInt(4)) {
      case 0 -> {
        byte[] m = in.clone();
        m[at] = (byte) random.nextInt(256);
        return m;
      }
      case 1 -> { // insert a byte
        byte[] m = new byte[in.length + 1];
        System.arraycopy(in, 0, m, 0, at);
        m[at] = (byte) random.nextInt(256);
        System.arraycopy(in, at, m, at + 1, in.length - at);
        return m;
      }
      case 2 -> { // delete a byte
        byte[] m = new byte[in.length - 1];
        System.arraycopy(in, 0, m, 0, at);
        System.arraycopy(in, at + 1, m, at, in.length - at - 1);
        return m;
      }
      default -> { // duplicate a slice
        int len = Math.min(1 + random.nextInt(16), in.length - at);
        byte[] m = new byte[in.length + len];
        System.arraycopy(in, 0, m, 0, at + len);
        System.arraycopy(in, at, m, at + len, in.length - at);
        return m;
      }
    }
  }

  private static byte[] transactionRoundTrip(byte[] input) throws DecodingException {
    Transaction tx = TransactionDecoder.decode(input);
    // Everything a node does with a freshly decoded transaction must be safe too.
    tx.hash();
    tx.sender();
    for (Fork fork : Fork.values()) {
      VALIDATOR.validate(tx, fork);
    }
    return tx.encoded().toArray();
  }

  private static List<Sample> samples() {
    List<Sample> out = new ArrayList<>();
    for (Transaction tx : transactions()) {
      out.add(new Sample("transaction " + tx.type(), tx.encoded().toArray(),
          DecoderRobustnessTest::transactionRoundTrip));
    }
    for (BlockHeader header : headers()) {
      out.add(new Sample("header with " + header.encoded().length + " bytes", header.encoded(),
          in -> BlockHeader.decode(in).encoded()));
    }
    for (Block block : blocks()) {
      out.add(new Sample("block with " + block.encoded().length + " bytes", block.encoded(),
          in -> Block.decode(in).encoded()));
    }
    for (Receipt receipt : receipts()) {
      out.add(new Sample("receipt " + receipt.type() + " " + receipt.outcome().getClass().getSimpleName(),
          receipt.encoded(), in -> Receipt.decode(in).encoded()));
    }
    return out;
  }

  private static final byte[] KEY = Hex.decode("0x" + "46".repeat(32));
  private static final Address TO = Address.fromHex("0x3535353535353535353535353535353535353535");
  private static final AccessList ACCESS_LIST = AccessList.of(
      new AccessList.Entry(TO, List.of(Hash.ZERO, Hash.fromHex("0x" + "01".repeat(32)))),
      new AccessList.Entry(Address.ZERO, List.of()));

  private static List<Transaction> transactions() {
    Secp256k1 curve = Secp256k1.best();
    Bytes data = Bytes.fromHex("0x6001600055deadbeef");
    Authorization auth = Authorization.sign(UInt256.of(1), TO, 7, KEY, curve);
    return List.of(
        LegacyTransaction.unsigned(3, Wei.of(20_000_000_000L), 90_000, Optional.of(TO), Wei.of(1_000_000), data,
            Optional.of(ChainId.MAINNET)).signedWith(KEY, curve),
        LegacyTransaction.unsigned(0, Wei.of(1), 60_000, Optional.empty(), Wei.ZERO, data, Optional.empty())
            .signedWith(KEY, curve),
        AccessListTransaction.unsigned(ChainId.MAINNET, 1, Wei.of(7), 80_000, Optional.of(TO), Wei.of(5), data,
            ACCESS_LIST).signedWith(KEY, curve),
        DynamicFeeTransaction.unsigned(ChainId.MAINNET, 2, Wei.of(2), Wei.of(30), 80_000, Optional.empty(), Wei.ZERO,
            data, ACCESS_LIST).signedWith(KEY, curve),
        BlobTransaction.unsigned(ChainId.MAINNET, 4, Wei.of(2), Wei.of(30), 80_000, TO, Wei.ZERO, data, ACCESS_LIST,
            Wei.of(9), List.of(Hash.fromHex("0x01" + "aa".repeat(31)), Hash.fromHex("0x01" + "bb".repeat(31))))
            .signedWith(KEY, curve),
        SetCodeTransaction.unsigned(ChainId.MAINNET, 5, Wei.of(2), Wei.of(30), 80_000, TO, Wei.ZERO, data,
            AccessList.EMPTY, List.of(auth, auth)).signedWith(KEY, curve));
  }

  private static List<BlockHeader> headers() {
    BlockHeader frontier = BlockHeader.builder()
        .parentHash(Hash.fromHex("0x" + "ab".repeat(32)))
        .difficulty(UInt256.of(131_072))
        .number(1)
        .gasLimit(5_000)
        .timestamp(1_438_269_988L)
        .extraData(Bytes.fromHex("0x476574682f76312e302e302f6c696e75782f676f312e342e32"))
        .nonce(0x9bd5_d42e_1f0b_5d62L)
        .build();
    BlockHeader prague = frontier.toBuilder()
        .difficulty(UInt256.ZERO)
        .nonce(0)
        .number(22_000_000)
        .gasLimit(36_000_000)
        .gasUsed(21_000)
        .baseFeePerGas(Wei.of(7))
        .withdrawalsRoot(Hash.fromHex("0x" + "cd".repeat(32)))
        .blobGasUsed(131_072)
        .excessBlobGas(0)
        .parentBeaconBlockRoot(Hash.fromHex("0x" + "ef".repeat(32)))
        .requestsHash(Hash.fromHex("0x" + "12".repeat(32)))
        .build();
    return List.of(frontier, prague);
  }

  private static List<Block> blocks() {
    List<BlockHeader> headers = headers();
    Block frontier = new Block(headers.get(0),
        new BlockBody(transactions().subList(0, 2), List.of(headers.get(0)), Optional.empty()));
    Block prague = new Block(headers.get(1), new BlockBody(transactions(), List.of(),
        Optional.of(List.of(new Withdrawal(1, 2, TO, 3), new Withdrawal(4, 5, Address.ZERO, 0)))));
    return List.of(frontier, prague);
  }

  private static List<Receipt> receipts() {
    Log log = new Log(TO, List.of(Hash.ZERO, Hash.fromHex("0x" + "01".repeat(32))), Bytes.fromHex("0xcafe"));
    return List.of(
        Receipt.of(TransactionType.LEGACY, new ReceiptOutcome.StateRoot(Hash.fromHex("0x" + "cc".repeat(32))),
            21_000, List.of(log)),
        Receipt.of(TransactionType.BLOB, ReceiptOutcome.failure(), 42_000, List.of(log, log)));
  }
}
