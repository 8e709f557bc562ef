package io.converge.types.transaction;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.types.DecodingException;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns canonical encodings back into transactions. Decoding is strict and fork-independent: an accepted encoding
 * re-encodes to the same bytes, and whether the transaction is valid in a fork is {@link TransactionValidator}'s
 * question. Field widths are enforced here (nonce and gas limit 64 bits, amounts 256 bits, addresses 20 bytes).
 */
public final class TransactionDecoder {
  private static final int LIST_PREFIX = 0xc0;
  private static final int STRING_PREFIX = 0x80;

  private TransactionDecoder() {}

  /** Decodes a canonical transaction encoding: an RLP list (legacy) or {@code type || rlp(payload)}. */
  public static Transaction decode(byte[] encoded) throws DecodingException {
    return decode(encoded, 0, encoded.length);
  }

  /** Decodes {@code length} bytes of {@code in} from {@code offset}; error offsets index {@code in}. */
  public static Transaction decode(byte[] in, int offset, int length) throws DecodingException {
    Objects.checkFromIndexSize(offset, length, in.length);
    if (length == 0) {
      throw new DecodingException("empty transaction encoding", offset);
    }
    int first = in[offset] & 0xff;
    try {
      if (first >= LIST_PREFIX) {
        return LegacyTransaction.decode(in, offset, length);
      }
      if (first >= STRING_PREFIX) {
        throw new DecodingException(
            String.format("transaction is neither an RLP list nor typed (leading byte 0x%02x)", first), offset);
      }
      Optional<TransactionType> type = TransactionType.ofTypeByte(first);
      if (type.isEmpty()) {
        throw new DecodingException(String.format("unknown transaction type 0x%02x", first), offset);
      }
      return switch (type.get()) {
        case ACCESS_LIST -> AccessListTransaction.decode(in, offset, length);
        case DYNAMIC_FEE -> DynamicFeeTransaction.decode(in, offset, length);
        case BLOB -> BlobTransaction.decode(in, offset, length);
        case SET_CODE -> SetCodeTransaction.decode(in, offset, length);
        case LEGACY -> throw new IllegalStateException("legacy has no type byte");
      };
    } catch (RlpException e) {
      return rethrow(first, e);
    }
  }

  /**
   * Reads one item of a block body's transaction list over {@code in}, the array {@code reader} reads: a legacy
   * transaction is the RLP list itself, a typed one an RLP string wrapping {@code type || payload} (EIP-2718).
   */
  public static Transaction readFrom(RlpReader reader, byte[] in) throws DecodingException {
    int start = reader.position();
    try {
      if (reader.nextIsList()) {
        reader.skipItem();
        return decode(in, start, reader.position() - start);
      }
      byte[] payload = reader.readBytes();
      int payloadStart = reader.position() - payload.length;
      if (payload.length == 0 || (payload[0] & 0xff) >= STRING_PREFIX) {
        throw new DecodingException("a block's typed transaction must start with its type byte", payloadStart);
      }
      return decode(in, payloadStart, payload.length);
    } catch (RlpException e) {
      throw new DecodingException("malformed transaction list item", e);
    }
  }

  private static Transaction rethrow(int first, RlpException e) throws DecodingException {
    String what = first >= LIST_PREFIX
        ? "malformed legacy transaction"
        : String.format("malformed type 0x%02x transaction", first);
    throw new DecodingException(what, e);
  }
}
