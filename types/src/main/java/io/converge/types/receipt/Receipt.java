package io.converge.types.receipt;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.transaction.TransactionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one transaction in a block: {@code rlp([outcome, cumulativeGasUsed, bloom, logs])}, prefixed by the
 * transaction's type byte for typed transactions (EIP-2718). This canonical form is what the receipts trie holds.
 */
public record Receipt(TransactionType type, ReceiptOutcome outcome, long cumulativeGasUsed, LogsBloom bloom,
    List<Log> logs) {
  private static final byte[] STATUS_SUCCESS = {1};
  private static final byte[] STATUS_FAILURE = {};

  public Receipt {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(bloom, "bloom");
    logs = List.copyOf(logs);
    if (type.isTyped() && outcome instanceof ReceiptOutcome.StateRoot) {
      throw new IllegalArgumentException("typed receipts postdate Byzantium and carry a status, not a state root");
    }
  }

  /** A receipt whose bloom is computed from its logs. */
  public static Receipt of(TransactionType type, ReceiptOutcome outcome, long cumulativeGasUsed, List<Log> logs) {
    return new Receipt(type, outcome, cumulativeGasUsed, LogsBloom.of(logs), logs);
  }

  /** The canonical encoding: the RLP list, after the type byte for typed receipts. */
  public byte[] encoded() {
    RlpWriter w = new RlpWriter(300 + 100 * logs.size());
    if (type.isTyped()) {
      w.writeRaw(new byte[] {(byte) type.typeByte()});
    }
    w.startList();
    if (outcome instanceof ReceiptOutcome.StateRoot root) {
      w.writeBytes(root.root().unsafeArray());
    } else {
      w.writeBytes(((ReceiptOutcome.Status) outcome).success() ? STATUS_SUCCESS : STATUS_FAILURE);
    }
    w.writeLong(cumulativeGasUsed).writeBytes(bloom.unsafeArray()).startList();
    for (Log log : logs) {
      log.writeTo(w);
    }
    return w.endList().endList().toByteArray();
  }

  /** Writes the receipt as an item of a network receipt list: typed ones wrapped in an RLP string (EIP-2718). */
  public void writeTo(RlpWriter writer) {
    if (type.isTyped()) {
      writer.writeBytes(encoded());
    } else {
      writer.writeRaw(encoded());
    }
  }

  public static Receipt decode(byte[] encoded) throws DecodingException {
    return decode(encoded, 0, encoded.length);
  }

  /** Decodes {@code length} bytes of {@code in} from {@code offset}; error offsets index {@code in}. */
  public static Receipt decode(byte[] in, int offset, int length) throws DecodingException {
    Objects.checkFromIndexSize(offset, length, in.length);
    if (length == 0) {
      throw new DecodingException("empty receipt encoding", offset);
    }
    int first = in[offset] & 0xff;
    TransactionType type = TransactionType.LEGACY;
    int start = offset;
    if (first < 0x80) {
      Optional<TransactionType> typed = TransactionType.ofTypeByte(first);
      if (typed.isEmpty()) {
        throw new DecodingException(String.format("unknown receipt type 0x%02x", first), offset);
      }
      type = typed.get();
      start++;
    } else if (first < 0xc0) {
      throw new DecodingException(
          String.format("receipt is neither an RLP list nor typed (leading byte 0x%02x)", first), offset);
    }
    try {
      RlpReader r = new RlpReader(in, start, offset + length - start);
      r.enterList();
      ReceiptOutcome outcome = readOutcome(r, type);
      long cumulativeGasUsed = r.readLong();
      LogsBloom bloom = LogsBloom.fromRlp(r);
      List<Log> logs = new ArrayList<>();
      r.enterList();
      while (r.hasMoreInList()) {
        logs.add(Log.readFrom(r));
      }
      r.leaveList();
      r.leaveList();
      r.finish();
      return new Receipt(type, outcome, cumulativeGasUsed, bloom, logs);
    } catch (RlpException e) {
      throw new DecodingException("malformed receipt", e);
    }
  }

  private static ReceiptOutcome readOutcome(RlpReader r, TransactionType type) throws RlpException {
    int at = r.position();
    byte[] first = r.readBytes();
    if (first.length == Hash.SIZE && !type.isTyped()) {
      return new ReceiptOutcome.StateRoot(Hash.wrap(first));
    }
    if (first.length == 0) {
      return new ReceiptOutcome.Status(false);
    }
    if (first.length == 1 && first[0] == 1) {
      return new ReceiptOutcome.Status(true);
    }
    throw new RlpException("receipt outcome must be a 32-byte state root, 0x01 or empty", at,
        first.length + " byte(s)");
  }
}
